package dev.waymark.bench;

import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.config.Policy;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.RenderResult;
import dev.waymark.render.Renderer;
import dev.waymark.render.Site;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Renders a workspace as `waymark render --format svg,json` does, in the heap it is given, and
 * prints what the render keeps alive at its fullest: the bound, checked workspace with every
 * journey's view and the portfolio, in bytes after a full collection, beyond what the JVM held
 * before reading it. {@code RenderHeapTest} runs it in a JVM of its own with a small heap; with
 * {@code -XX:SoftRefLRUPolicyMSPerMB=0} the softly held source texts are dropped and do not count.
 *
 * <p>Usage: {@code RenderHeapProbe WORKSPACE OUT_DIR}; prints {@code live <bytes>} and {@code rendered <n>}.
 */
public final class RenderHeapProbe {
    private RenderHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse("2026-11-22");
        long before = usedAfterGc();
        Waymark.CheckRequest request = Waymark.CheckRequest.of(List.of(ws), Path.of("").toAbsolutePath()).withAsOf(asOf);
        CheckResult check = Waymark.check(request);
        Policy policy = request.policy();
        EnumSet<RenderFormat> formats = EnumSet.of(RenderFormat.SVG, RenderFormat.JSON);
        Site site = Site.plan(check, policy, asOf, formats);
        site.portfolio();
        long live = usedAfterGc() - before;
        site = null;
        RenderResult result = Renderer.render(check, policy, asOf, formats, out);
        System.out.println("live " + live);
        System.out.println("rendered " + result.rendered().size());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
