package dev.waymark.bench;

import dev.waymark.config.Policy;
import dev.waymark.render.JourneyView;
import dev.waymark.render.SvgMap;
import dev.waymark.render.slide.Page;
import dev.waymark.render.slide.Slides;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.SourceParser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times PNG and PDF of one 60-step map (the generator's journey: 6 stages × 10 steps) after
 * warm-up: wall and CPU time of the timed runs (CPU time is the cost when other work shares the
 * machine), each run converting the map's SVG. The converting thread's CPU is the conversion's
 * own; the process's adds the JIT compiler's and the collector's threads (after a few warm-up
 * runs C2 is still compiling Batik's largest methods, which costs about as much again).
 * Usage: {@code SlideBenchmark [WARMUP] [RUNS]} (default 5 and 10).
 */
public final class SlideBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private SlideBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String text = WorkspaceGenerator.teams() + WorkspaceGenerator.journey(1, 10);
        Workspace ws = new Workspace(List.of(SourceParser.parse("bench.journey", text.getBytes(StandardCharsets.UTF_8))));
        JourneyView view = new JourneyView(ws, ws.allJourneys().get(0), Policy.defaults(), LocalDate.of(2026, 11, 22));
        byte[] svg = SvgMap.render(view);
        System.out.printf(Locale.ROOT, "map: %d steps, SVG %d bytes%n", view.steps().size(), svg.length);
        for (String format : List.of("png", "pdf")) {
            for (int i = 0; i < warmup; i++) convert(format, svg);
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            double[] all = new double[runs];
            int size = 0;
            for (int i = 0; i < runs; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long p0 = PROCESS.getProcessCpuTime();
                long t0 = System.nanoTime();
                size = convert(format, svg).length;
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                all[i] = (PROCESS.getProcessCpuTime() - p0) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "%s: wall median %.0f ms (best %.0f, worst %.0f), cpu median %.0f ms (thread), %.0f ms (process); "
                    + "%d runs after %d warm-up; %d bytes%n", format, ms[runs / 2], ms[0], ms[runs - 1], cpu[runs / 2], all[runs / 2], runs, warmup, size);
        }
    }

    private static byte[] convert(String format, byte[] svg) {
        return format.equals("png") ? Slides.png(svg, Page.SLIDE) : Slides.pdf(svg, Page.SLIDE);
    }
}
