package dev.waymark.render.portfolio;

import dev.waymark.model.Measure;
import dev.waymark.render.Palette;
import dev.waymark.render.Xml;
import dev.waymark.render.slide.Page;

import java.util.List;
import java.util.Optional;

/**
 * The metrics as a picture: a row per metric (the order of portfolio.json) with where it is
 * measured, a bar of its current value with its target marked on the same scale (0–100 for a
 * percentage, else 0 to the larger of the two), and the numbers in words. Whether a gap is good
 * depends on the metric (a wait should fall, a score rise), so the bar is not coloured by it.
 */
final class MetricsSvg {
    private static final double ROW = 46, JOURNEY = 330, NAME = 200, BAR = 300;

    private MetricsSvg() {
    }

    static byte[] render(Portfolio p, Page page) {
        ViewFrame f = ViewFrame.open(page, "Metrics", Pages.plural(p.metrics().size(), "metric", "metrics")
                + ": each current value against its target (the bar is the value, the dark mark the target)");
        double[] col = f.columns(List.of("Journey · where", "Metric", "Value against target", "Current → target (gap)"), JOURNEY, NAME, BAR);
        double x0 = col[0], xName = col[1], xBar = col[2], xText = col[3], textWidth = col[4] - col[3];
        if (p.metrics().isEmpty()) return f.empty("No journey declares a metric yet (metric NAME = VALUE target VALUE).");
        double y = ViewFrame.ROWS;
        int shown = f.rowsThatFit(y, ROW, p.metrics().size());
        for (Metrics.Row m : p.metrics().subList(0, shown)) {
            double mid = y + ROW / 2;
            f.draw.line(x0, y + ROW, ViewFrame.WIDTH - ViewFrame.PAD, y + ROW, Palette.RULE, 1, null);
            f.twoLines(p.title(m.journey()), ViewFrame.BODY, m.step().map(s -> "step " + s).orElse("the journey as a whole"), ViewFrame.MUTED,
                    x0, mid, JOURNEY);
            f.draw.text(ViewFrame.fit(m.metric().name(), NAME, ViewFrame.BOLD), xName, mid - 9, ViewFrame.BOLD, null);
            bar(f, m.metric().value(), m.metric().target(), xBar, mid);
            String numbers = m.metric().value().text() + " → " + m.metric().target().map(Measure::text).orElse("no target")
                    + m.gap().map(g -> " (gap " + (g > 0 ? "+" : "") + Xml.num(g) + ")").orElse("");
            f.draw.text(ViewFrame.fit(numbers, textWidth, ViewFrame.BODY), xText, mid - 9, ViewFrame.BODY, null);
            y += ROW;
        }
        if (shown < p.metrics().size()) {
            f.more("… and " + Pages.plural(p.metrics().size() - shown, "more metric", "more metrics")
                    + " (all of them are in portfolio.json, metrics.csv and on portfolio.metrics.html)");
        }
        return f.close();
    }

    private static void bar(ViewFrame f, Measure value, Optional<Measure> target, double x, double mid) {
        Optional<Measure> comparable = target.filter(t -> t.percent() == value.percent());
        double max = value.percent() ? 100 : Math.max(value.value(), comparable.map(Measure::value).orElse(0.0));
        if (max <= 0) max = 1;
        f.draw.rect(x, mid - 7, BAR, 14, 2, Palette.TRACK, null);
        double w = BAR * clamp(value.value() / max);
        if (w > 0) f.draw.rect(x, mid - 7, w, 14, 2, Palette.BLUE, null);
        if (comparable.isPresent()) {
            double tx = x + BAR * clamp(comparable.get().value() / max);
            double left = Math.max(x, Math.min(x + BAR - 3, tx - 1.5));
            f.draw.rect(left, mid - 12, 3, 24, 0, Palette.INK_STRONG, null);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
