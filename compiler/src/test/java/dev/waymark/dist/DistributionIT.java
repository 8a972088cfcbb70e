package dev.waymark.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After `package`: the distribution archive unpacked into a clean folder runs with only Java,
 * from another folder and through a symlink; the root `./waymark` script works through a
 * symlink; a ruleset in a jar is found through WAYMARK_CLASSPATH.
 */
class DistributionIT {
    @TempDir
    static Path tmp;

    static Path home;

    record Run(int exit, String out) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = null;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), "waymark-*-dist.tar.gz")) {
            for (Path p : found) archive = p;
        }
        assertThat(archive).as("target/waymark-VERSION-dist.tar.gz from `mvn package`").isNotNull();
        Path into = Files.createDirectories(tmp.resolve("opt"));
        Run untar = run(into, Map.of(), "tar", "-xzf", archive.toAbsolutePath().toString());
        assertThat(untar.exit()).as(untar.out()).isZero();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(into)) {
            for (Path p : dirs) home = p;
        }
        assertThat(home.resolve("bin/waymark")).isExecutable();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("lib")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("waymark-compiler-"));
    }

    /** A process with a bare environment: PATH to Java and the shell tools, nothing of Maven's. */
    static Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        e.clear();
        e.put("PATH", javaBin + ":/usr/bin:/bin");
        e.put("HOME", tmp.toString());
        e.putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static Path workFolder(String name) throws IOException {
        Path work = Files.createDirectories(tmp.resolve(name).resolve("maps"));
        Files.writeString(work.resolve("shop.journey"), """
                journey checkout "Checkout" {
                  stage buy "Buy" { step pay "Pay" { emotion -1 } }
                }
                """);
        return work.getParent();
    }

    @Test
    void theUnpackedLauncherRunsFromAnotherFolder() throws Exception {
        Path work = workFolder("work");
        Run version = run(work, Map.of(), home.resolve("bin/waymark").toString(), "--version");
        assertThat(version.exit()).as(version.out()).isZero();
        assertThat(version.out()).matches("waymark \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
        Run check = run(work.resolve("maps"), Map.of(), home.resolve("bin/waymark").toString(), "check", "--as-of", "2026-11-22", ".");
        assertThat(check.exit()).as(check.out()).isEqualTo(1);
        assertThat(check.out()).contains("shop.journey:1:9: error[missing-owner]").contains("in 1 file, 1 journey");
    }

    @Test
    void theLauncherWorksThroughASymlink() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("user/bin"));
        Path link = bin.resolve("waymark");
        Files.deleteIfExists(link);
        // relative link, then a link to the link: both must be followed
        Files.createSymbolicLink(link, bin.relativize(home.resolve("bin/waymark")));
        Path second = Files.createSymbolicLink(tmp.resolve("user/wm"), link);
        Path work = workFolder("elsewhere");
        for (Path launcher : List.of(link, second)) {
            Run version = run(work, Map.of(), launcher.toString(), "--version");
            assertThat(version.exit()).as(launcher + ": " + version.out()).isZero();
            assertThat(version.out()).startsWith("waymark ");
        }
        Run onPath = run(work, Map.of("PATH", bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin"),
                "/bin/sh", "-c", "waymark check --format json maps");
        assertThat(onPath.out()).contains("\"rule\" : \"missing-owner\"");
    }

    @Test
    void theRootScriptWorksThroughASymlink() throws Exception {
        Path script = Path.of("..", "waymark").toAbsolutePath().normalize();
        assertThat(script).isExecutable();
        Path bin = Files.createDirectories(tmp.resolve("root-link/bin"));
        Path link = bin.resolve("waymark");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, script);
        Run version = run(workFolder("root-work"), Map.of(), link.toString(), "--version");
        assertThat(version.exit()).as(version.out()).isZero();
        assertThat(version.out()).startsWith("waymark ");
    }

    @Test
    void aRulesetInAJarOnWaymarkClasspathIsExtended() throws Exception {
        Path work = workFolder("ruleset");
        Path jar = work.resolve("acme-waymark-ruleset-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("acme/waymark-ruleset.yaml"));
            out.write("rules:\n  missing-owner: warning\n  missing-review: off\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.writeString(work.resolve("waymark.yaml"), "extends: classpath:acme/waymark-ruleset.yaml\n");
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/waymark").toString(), "check", "--as-of", "2026-11-22", "maps"));
        Run with = run(work, Map.of("WAYMARK_CLASSPATH", jar.toString()), cmd.toArray(String[]::new));
        assertThat(with.out()).contains("warning[missing-owner]").doesNotContain("missing-review");
        assertThat(with.exit()).as(with.out()).isZero();
        Run without = run(work, Map.of(), cmd.toArray(String[]::new));
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.out()).contains("there is no `acme/waymark-ruleset.yaml` on the class path");
    }
}
