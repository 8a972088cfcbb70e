package dev.waymark.bench;

import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.config.Policy;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.Renderer;
import dev.waymark.render.Site;
import dev.waymark.render.portfolio.Portfolio;
import dev.waymark.render.portfolio.PortfolioJson;
import dev.waymark.render.portfolio.PortfolioPages;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * What the portfolio adds to a render: times `render --format svg,json` of a generated
 * workspace (which writes portfolio.json), then the portfolio alone — built, written as JSON
 * and as its five pages — in the same process, wall and process CPU time.
 * Usage: {@code PortfolioBenchmark WORKSPACE_DIR OUT_DIR}.
 */
public final class PortfolioBenchmark {
    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LocalDate asOf = LocalDate.of(2026, 11, 22);
        Workspace ws = WorkspaceLoader.load(List.of(in), Path.of(""));
        CheckResult check = Waymark.check(ws, Waymark.CheckRequest.of(List.of(in), Path.of("")).withAsOf(asOf));
        long t0 = System.nanoTime(), c0 = cpu();
        Renderer.render(check, Policy.defaults(), asOf, EnumSet.of(RenderFormat.SVG, RenderFormat.JSON), out);
        long t1 = System.nanoTime(), c1 = cpu();
        Site site = Site.plan(check, Policy.defaults(), asOf, EnumSet.of(RenderFormat.JSON));
        long t2 = System.nanoTime(), c2 = cpu();
        Portfolio p = Portfolio.of(site.views(), asOf);
        long bytes = PortfolioJson.render(p).length;
        long t3 = System.nanoTime(), c3 = cpu();
        for (String page : PortfolioPages.files()) bytes += PortfolioPages.page(page, p).length;
        long t4 = System.nanoTime(), c4 = cpu();
        System.out.printf(Locale.ROOT, "journeys %d%n", site.views().size());
        System.out.printf(Locale.ROOT, "render svg,json (with portfolio.json) %6.2f s wall %6.2f s cpu%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "portfolio + portfolio.json            %6.2f s wall %6.2f s cpu (%.1f%% of the render's cpu)%n",
                (t3 - t2) / 1e9, (c3 - c2) / 1e9, 100.0 * (c3 - c2) / (c1 - c0));
        System.out.printf(Locale.ROOT, "the five portfolio pages              %6.2f s wall %6.2f s cpu; %d bytes in all%n",
                (t4 - t3) / 1e9, (c4 - c3) / 1e9, bytes);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
