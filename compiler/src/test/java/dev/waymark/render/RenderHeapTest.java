package dev.waymark.render;

import dev.waymark.bench.RenderHeapProbe;
import dev.waymark.bench.WorkspaceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heap a render needs, in a JVM of its own: a tenth of the 1,000-journey benchmark (100
 * journeys of 60 steps) renders as svg and json with `-Xmx64m`, and what it keeps alive at its
 * fullest (the bound workspace, every journey's view, the portfolio) stays under
 * {@link #LIVE_PER_JOURNEY} a journey. The collector is told to drop soft references at
 * once, so the softly held source texts never count. Measured: 139 KB a journey (13.9 MB for the
 * 100); before the compact and inline spans, the softly held texts and the shared short texts it
 * was 274 KB (docs/render.md, "Memory"), and this test failed.
 */
class RenderHeapTest {
    /** Measured 139 KB a journey (with a fixed share of the JVM's own); 274 KB before. */
    static final long LIVE_PER_JOURNEY = 200 * 1024;
    static final int JOURNEYS = 100;

    @TempDir
    Path dir;

    @Test
    void aTenthOfTheBenchmarkRendersInASmallHeapAndKeepsLittleAlive() throws Exception {
        Path ws = dir.resolve("maps");
        WorkspaceGenerator.generate(ws, JOURNEYS, 10);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the launcher's collector for render (see the `waymark` script)
        Process probe = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseParallelGC", "-XX:SoftRefLRUPolicyMSPerMB=0", "-cp", System.getProperty("java.class.path"),
                RenderHeapProbe.class.getName(), ws.toString(), dir.resolve("site").toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile()).start();
        boolean done = probe.waitFor(240, TimeUnit.SECONDS);
        if (!done) probe.destroyForcibly();
        String log = Files.readString(dir.resolve("probe.log"), StandardCharsets.UTF_8);
        assertThat(done).as(log).isTrue();
        assertThat(probe.exitValue()).as(log).isZero();
        assertThat(log).as(log).contains("rendered " + JOURNEYS);
        long live = Long.parseLong(log.lines().filter(l -> l.startsWith("live ")).findFirst().orElseThrow().substring(5));
        assertThat(live / JOURNEYS).as("live bytes a journey (%s)", log.strip()).isLessThan(LIVE_PER_JOURNEY);
        try (var files = Files.list(dir.resolve("site"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".svg")).count()).isEqualTo(JOURNEYS);
        }
    }
}
