package dev.waymark.bench;

import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.config.Policy;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.RenderResult;
import dev.waymark.render.Renderer;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Times `render --format svg,json` of a generated workspace in one process, phase by phase, with
 * wall and process CPU time (CPU time shows the cost when other work shares the machine).
 * Usage: {@code RenderBenchmark WORKSPACE_DIR OUT_DIR}.
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LocalDate asOf = LocalDate.of(2026, 11, 22);
        long t0 = System.nanoTime();
        long c0 = cpu();
        Workspace ws = WorkspaceLoader.load(List.of(in), Path.of(""));
        long t1 = System.nanoTime();
        long c1 = cpu();
        CheckResult check = Waymark.check(ws, Waymark.CheckRequest.of(List.of(in), Path.of("")).withAsOf(asOf));
        long t2 = System.nanoTime();
        long c2 = cpu();
        RenderResult r = Renderer.render(check, Policy.defaults(), asOf, EnumSet.of(RenderFormat.SVG, RenderFormat.JSON), out);
        long t3 = System.nanoTime();
        long c3 = cpu();
        System.out.printf(Locale.ROOT, "journeys %d, files %d%n", r.rendered().size(), r.files().size());
        System.out.printf(Locale.ROOT, "load   %6.2f s wall %6.2f s cpu%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "check  %6.2f s wall %6.2f s cpu%n", (t2 - t1) / 1e9, (c2 - c1) / 1e9);
        System.out.printf(Locale.ROOT, "render %6.2f s wall %6.2f s cpu%n", (t3 - t2) / 1e9, (c3 - c2) / 1e9);
        System.out.printf(Locale.ROOT, "total  %6.2f s wall %6.2f s cpu%n", (t3 - t0) / 1e9, (c3 - c0) / 1e9);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
