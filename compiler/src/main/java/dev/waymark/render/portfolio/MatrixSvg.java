package dev.waymark.render.portfolio;

import dev.waymark.model.OpportunityStatus;
import dev.waymark.render.Palette;
import dev.waymark.render.TextMetrics;
import dev.waymark.render.Xml;

import java.util.ArrayList;
import java.util.List;

/**
 * The opportunity matrix: each open opportunity with a value and an effort as a dot, value up,
 * effort to the right on a log scale (an hour and a year fit one axis), labelled with its
 * backlog rank. A label goes right of its dot, else left, above or below, wherever it overlaps
 * nothing already placed; where no place is free the dot keeps only its tooltip.
 */
public final class MatrixSvg {
    static final double WIDTH = 760, HEIGHT = 470, LEFT = 64, RIGHT = 24, TOP = 36, BOTTOM = 56;
    static final double FONT = 12;

    private record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    private MatrixSvg() {
    }

    /** A standalone SVG document (for PNG and PDF). */
    public static byte[] render(Portfolio p) {
        Xml x = new Xml();
        x.declaration();
        write(x, p);
        x.finish();
        return x.bytes();
    }

    static void write(Xml x, Portfolio p) {
        List<Backlog.Item> plotted = p.backlog().stream().filter(i -> i.priority().score().isPresent()).toList();
        double lo = plotted.stream().mapToDouble(i -> i.priority().effortDays().get()).min().orElse(1);
        double hi = plotted.stream().mapToDouble(i -> i.priority().effortDays().get()).max().orElse(10);
        double minLog = Math.floor(Math.log10(Math.max(lo, 0.125)) * 2) / 2 - 0.25;
        double maxLog = Math.ceil(Math.log10(Math.max(hi, 0.125)) * 2) / 2 + 0.25;
        if (maxLog - minLog < 1) maxLog = minLog + 1;
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        double fMin = minLog, fMax = maxLog;
        java.util.function.DoubleUnaryOperator px = d -> LEFT + (Math.log10(Math.max(d, 0.125)) - fMin) / (fMax - fMin) * plotW;
        java.util.function.DoubleUnaryOperator py = v -> TOP + (100 - v) / 100 * plotH;

        x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "pf-matrix", "width", Xml.num(WIDTH), "height", Xml.num(HEIGHT),
                "viewBox", "0 0 " + Xml.num(WIDTH) + " " + Xml.num(HEIGHT), "role", "img",
                "aria-label", "Opportunity matrix: value against effort for " + plotted.size() + " opportunities",
                "font-family", "DejaVu Sans, Verdana, sans-serif", "font-size", Xml.num(FONT));
        x.empty("rect", "x", "0", "y", "0", "width", Xml.num(WIDTH), "height", Xml.num(HEIGHT), "fill", "#ffffff");
        x.empty("rect", "x", Xml.num(LEFT), "y", Xml.num(TOP), "width", Xml.num(plotW), "height", Xml.num(plotH),
                "fill", Palette.BAND, "stroke", Palette.RULE);
        double midX = LEFT + plotW / 2, midY = py.applyAsDouble(50);
        x.empty("line", "x1", Xml.num(midX), "y1", Xml.num(TOP), "x2", Xml.num(midX), "y2", Xml.num(TOP + plotH), "stroke", Palette.CARD_STROKE, "stroke-dasharray", "4 4");
        x.empty("line", "x1", Xml.num(LEFT), "y1", Xml.num(midY), "x2", Xml.num(LEFT + plotW), "y2", Xml.num(midY), "stroke", Palette.CARD_STROKE, "stroke-dasharray", "4 4");

        List<Box> taken = new ArrayList<>();
        quadrant(x, taken, "Quick wins", LEFT + 8, TOP + 8, false);
        quadrant(x, taken, "Big bets", LEFT + plotW - 8, TOP + 8, true);
        quadrant(x, taken, "Fill-ins", LEFT + 8, TOP + plotH - 8 - FONT, false);
        quadrant(x, taken, "Money pits", LEFT + plotW - 8, TOP + plotH - 8 - FONT, true);

        for (int v = 0; v <= 100; v += 25) {
            double y = py.applyAsDouble(v);
            x.empty("line", "x1", Xml.num(LEFT - 4), "y1", Xml.num(y), "x2", Xml.num(LEFT), "y2", Xml.num(y), "stroke", Palette.MUTED);
            x.element("text", v + "%", "x", Xml.num(LEFT - 8), "y", Xml.num(y + FONT * 0.35), "text-anchor", "end", "fill", Palette.MUTED);
        }
        for (double[] tick : ticks(minLog, maxLog)) {
            double tx = LEFT + (Math.log10(tick[0]) - minLog) / (maxLog - minLog) * plotW;
            x.empty("line", "x1", Xml.num(tx), "y1", Xml.num(TOP + plotH), "x2", Xml.num(tx), "y2", Xml.num(TOP + plotH + 4), "stroke", Palette.MUTED);
            x.element("text", label(tick[0]), "x", Xml.num(tx), "y", Xml.num(TOP + plotH + 18), "text-anchor", "middle", "fill", Palette.MUTED);
        }
        x.element("text", "Effort (working days, log scale) →", "x", Xml.num(LEFT + plotW / 2), "y", Xml.num(HEIGHT - 12),
                "text-anchor", "middle", "fill", Palette.INK);
        x.element("text", "Value ↑", "x", Xml.num(LEFT - 8), "y", Xml.num(TOP - 16), "fill", Palette.INK);

        List<double[]> dots = new ArrayList<>();
        for (Backlog.Item i : plotted) dots.add(new double[] {px.applyAsDouble(i.priority().effortDays().get()), py.applyAsDouble(i.priority().value().get())});
        for (double[] d : dots) taken.add(new Box(d[0] - 6, d[1] - 6, 12, 12));
        for (int k = 0; k < plotted.size(); k++) {
            Backlog.Item i = plotted.get(k);
            double[] d = dots.get(k);
            x.start("g", "class", "pf-dot");
            x.element("title", "#" + i.rank() + " " + i.opportunity().displayTitle() + " (" + i.journey() + "): value "
                    + Xml.num(i.priority().value().get()) + ", effort " + i.opportunity().effort().get().value() + ", score "
                    + Xml.num(i.priority().score().get()));
            x.empty("circle", "cx", Xml.num(d[0]), "cy", Xml.num(d[1]), "r", "6", "fill", colour(i), "stroke", Palette.INK, "stroke-width", "1");
            String text = "#" + i.rank();
            double w = TextMetrics.width(text, FONT, false), h = FONT * 1.2;
            double[][] places = {{d[0] + 9, d[1] - h / 2}, {d[0] - 9 - w, d[1] - h / 2}, {d[0] - w / 2, d[1] - 9 - h}, {d[0] - w / 2, d[1] + 9}};
            for (double[] pl : places) {
                Box b = new Box(pl[0], pl[1], w, h);
                if (b.x() < LEFT || b.x() + b.w() > LEFT + plotW || b.y() < TOP || b.y() + b.h() > TOP + plotH) continue;
                if (taken.stream().anyMatch(b::overlaps)) continue;
                taken.add(b);
                x.element("text", text, "x", Xml.num(b.x()), "y", Xml.num(b.y() + FONT * TextMetrics.ASCENT * 1.05), "fill", Palette.INK);
                break;
            }
            x.end();
        }
        x.end();
    }

    private static void quadrant(Xml x, List<Box> taken, String text, double at, double y, boolean rightAligned) {
        double w = TextMetrics.width(text, FONT, true);
        double left = rightAligned ? at - w : at;
        taken.add(new Box(left, y, w, FONT * 1.2));
        x.element("text", text, "x", Xml.num(left), "y", Xml.num(y + FONT * TextMetrics.ASCENT), "fill", Palette.MUTED, "font-weight", "bold");
    }

    private static String colour(Backlog.Item i) {
        return switch (i.statusKind().orElse(OpportunityStatus.IDEA)) {
            case IN_PROGRESS -> Palette.BLUE;
            case PLANNED -> Palette.SKY;
            case IDEA, DONE, DROPPED -> Palette.YELLOW;
        };
    }

    /** Ticks at 1, 2, 5 × powers of ten inside the axis. */
    private static List<double[]> ticks(double minLog, double maxLog) {
        List<double[]> out = new ArrayList<>();
        for (int e = (int) Math.floor(minLog) - 1; e <= Math.ceil(maxLog); e++) {
            for (double m : new double[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                double l = Math.log10(v);
                if (l >= minLog && l <= maxLog) out.add(new double[] {v});
            }
        }
        return out;
    }

    private static String label(double days) {
        if (days < 1) return Xml.num(days * 8) + "h";
        return Xml.num(days) + "d";
    }
}
