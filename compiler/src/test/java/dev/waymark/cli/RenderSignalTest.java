package dev.waymark.cli;

import dev.waymark.bench.WorkspaceGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The honest test of an interrupted render: a real `waymark render` in its own JVM, sent SIGINT
 * (Ctrl-C) or SIGTERM while it writes; the output folder must be byte for byte as before.
 */
class RenderSignalTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalMidRenderLeavesTheOutputFolderAsItWas(String signal) throws Exception {
        Path src = dir.resolve("maps");
        WorkspaceGenerator.generate(src, 60, 8);
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "an earlier site");
        Files.writeString(out.resolve("notes.txt"), "mine");
        Map<String, byte[]> before = snapshot(out);

        Process render = new ProcessBuilder(javaCommand("render", src.toString(), "--out", out.toString(),
                "--format", "svg,json,html", "--as-of", "2026-11-22"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("render.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!stagingHasFiles() && render.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(render.isAlive()).as("the render is still writing when the signal comes").isTrue();
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(render.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String log = Files.readString(dir.resolve("render.log"), StandardCharsets.UTF_8);
        assertThat(render.exitValue()).as(log).isEqualTo(signal.equals("INT") ? 130 : 143);
        assertThat(log).contains("render interrupted", out + " is as it was").doesNotContain("Rendered ");
        Map<String, byte[]> after = snapshot(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("maps", "render.log", "site");
        }
    }

    private boolean stagingHasFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".staging")).toList()) {
                try (Stream<Path> files = Files.list(p)) {
                    if (files.findAny().isPresent()) return true;
                }
            }
        }
        return false;
    }

    /**
     * `java -cp ... WaymarkCli ARGS`, through `env --default-signal` where it exists: a process
     * started in the background (as a build under `nohup` or `&` is) inherits SIGINT ignored, and
     * the JVM then never sees Ctrl-C; a user's terminal has the default disposition.
     */
    private static List<String> javaCommand(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>();
        if (new ProcessBuilder("env", "--default-signal=INT,TERM", "true").start().waitFor() == 0) {
            command.addAll(List.of("env", "--default-signal=INT,TERM"));
        }
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), WaymarkCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
