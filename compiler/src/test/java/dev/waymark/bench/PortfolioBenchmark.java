package dev.waymark.bench;

import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.config.Policy;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.Site;
import dev.waymark.render.portfolio.Portfolio;
import dev.waymark.render.portfolio.PortfolioJson;
import dev.waymark.render.portfolio.PortfolioPages;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the portfolio adds to a render. Each round plans the `--format svg,json` site of a
 * generated workspace afresh (the journeys' views, and a portfolio not yet built) and writes
 * every output as `render` does — in parallel on the common pool, each file streamed — once
 * with `portfolio.json` and once without, alternating which goes first; then prints the
 * medians of wall and process CPU time and the difference. The staging folder's renames and
 * the manifest, the same for both, are left out. A first round warms the JIT up and is not
 * counted. Then the portfolio's own work in one thread (built, written as JSON) and the five
 * portfolio pages (with `html`).
 * Usage: {@code PortfolioBenchmark WORKSPACE_DIR OUT_DIR [ROUNDS]} (default 3).
 */
public final class PortfolioBenchmark {
    private static final java.lang.management.ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        LocalDate asOf = LocalDate.of(2026, 11, 22);
        Workspace ws = WorkspaceLoader.load(List.of(in), Path.of(""));
        CheckResult check = Waymark.check(ws, Waymark.CheckRequest.of(List.of(in), Path.of("")).withAsOf(asOf));
        Map<Boolean, List<double[]>> runs = Map.of(true, new ArrayList<>(), false, new ArrayList<>());
        // round 0 warms the JIT up and is not counted
        for (int r = 0; r <= rounds; r++) {
            for (boolean withPortfolio : r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                clean(out);
                System.gc();
                long t0 = System.nanoTime(), c0 = cpu();
                Site site = Site.plan(check, Policy.defaults(), asOf, EnumSet.of(RenderFormat.SVG, RenderFormat.JSON));
                SortedMap<String, Site.Output> outputs = new TreeMap<>(site.outputs());
                if (!withPortfolio) outputs.remove(PortfolioJson.FILE);
                write(outputs, out);
                double[] run = {(System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9};
                if (r > 0) runs.get(withPortfolio).add(run);
                System.out.printf(Locale.ROOT, "%s %-17s %6.2f s wall %6.2f s cpu, %d files%n", r == 0 ? "warm-up" : "round " + r,
                        withPortfolio ? "with portfolio" : "without portfolio", run[0], run[1], outputs.size());
            }
        }
        double[] with = medians(runs.get(true)), without = medians(runs.get(false));
        System.out.printf(Locale.ROOT, "median with portfolio.json    %6.2f s wall %6.2f s cpu%n", with[0], with[1]);
        System.out.printf(Locale.ROOT, "median without                %6.2f s wall %6.2f s cpu%n", without[0], without[1]);
        System.out.printf(Locale.ROOT, "the portfolio adds            %+5.1f %% wall %+5.1f %% cpu; portfolio.json %d bytes%n",
                100 * (with[0] / without[0] - 1), 100 * (with[1] / without[1] - 1), sizeOf(check, asOf));
        // the portfolio's own work, in this thread, after warm-up: building it and writing its JSON
        Site plan = Site.plan(check, Policy.defaults(), asOf, EnumSet.of(RenderFormat.JSON));
        double[] build = new double[5], json = new double[5];
        for (int i = 0; i < 5 + 3; i++) {
            long b0 = THREAD.getCurrentThreadCpuTime();
            Portfolio p = Portfolio.of(plan.views(), asOf);
            long b1 = THREAD.getCurrentThreadCpuTime();
            PortfolioJson.write(p, OutputStream.nullOutputStream());
            long b2 = THREAD.getCurrentThreadCpuTime();
            if (i < 3) continue;
            build[i - 3] = (b1 - b0) / 1e9;
            json[i - 3] = (b2 - b1) / 1e9;
        }
        java.util.Arrays.sort(build);
        java.util.Arrays.sort(json);
        System.out.printf(Locale.ROOT, "the portfolio alone (thread cpu, median of 5 after 3): built %.2f s, portfolio.json written %.2f s%n",
                build[2], json[2]);
        Site site = Site.plan(check, Policy.defaults(), asOf, EnumSet.of(RenderFormat.HTML));
        var p = site.portfolio();
        long t0 = System.nanoTime(), c0 = cpu(), bytes = 0;
        for (String page : PortfolioPages.files()) bytes += PortfolioPages.page(page, p).length;
        System.out.printf(Locale.ROOT, "the five portfolio pages      %6.2f s wall %6.2f s cpu; %d bytes in all%n",
                (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9, bytes);
    }

    private static long sizeOf(CheckResult check, LocalDate asOf) {
        return PortfolioJson.render(Site.plan(check, Policy.defaults(), asOf, EnumSet.of(RenderFormat.JSON)).portfolio()).length;
    }

    private static void write(SortedMap<String, Site.Output> outputs, Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            new ArrayList<>(outputs.entrySet()).parallelStream().forEach(e -> {
                try (OutputStream sink = Files.newOutputStream(dir.resolve(e.getKey()))) {
                    e.getValue().content().writeTo(sink);
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(dir)) Files.delete(p);
        }
    }

    private static double[] medians(List<double[]> runs) {
        double[] wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] cpu = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
        return new double[] {wall[wall.length / 2], cpu[cpu.length / 2]};
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
