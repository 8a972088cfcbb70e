package dev.waymark.render.portfolio;

import dev.waymark.model.Step;
import dev.waymark.render.JourneyView;
import dev.waymark.render.Palette;
import dev.waymark.render.Xml;

import java.util.ArrayList;
import java.util.List;

/**
 * A journey's emotion curve in 120 × 28 px, inline in the index: one dot per step that rates an
 * emotion, in flow order, joined by a line, -3 at the bottom and +3 at the top.
 */
final class Sparkline {
    static final double WIDTH = 120, HEIGHT = 28, PAD = 4;

    private Sparkline() {
    }

    static void write(Xml x, JourneyView v) {
        List<Double> scores = new ArrayList<>();
        for (Step s : v.steps()) s.emotion().ifPresent(e -> scores.add(Math.max(-3, Math.min(3, e.score().value()))));
        String label = scores.isEmpty() ? "no emotions rated"
                : "emotion across " + scores.size() + (scores.size() == 1 ? " step" : " steps") + ", from "
                + signed(scores.get(0)) + " to " + signed(scores.get(scores.size() - 1));
        x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "sparkline", "width", Xml.num(WIDTH), "height", Xml.num(HEIGHT),
                "viewBox", "0 0 " + Xml.num(WIDTH) + " " + Xml.num(HEIGHT), "role", "img", "aria-label", label);
        x.element("title", label);
        x.empty("line", "x1", "0", "y1", Xml.num(y(0)), "x2", Xml.num(WIDTH), "y2", Xml.num(y(0)), "stroke", Palette.RULE, "stroke-width", "1");
        if (!scores.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < scores.size(); i++) {
                if (i > 0) points.append(' ');
                points.append(Xml.num(x(i, scores.size()))).append(',').append(Xml.num(y(scores.get(i))));
            }
            if (scores.size() > 1) {
                x.empty("polyline", "points", points.toString(), "fill", "none", "stroke", Palette.MUTED, "stroke-width", "1.5");
            }
            for (int i = 0; i < scores.size(); i++) {
                x.empty("circle", "cx", Xml.num(x(i, scores.size())), "cy", Xml.num(y(scores.get(i))), "r", "2.5",
                        "fill", Palette.emotion(scores.get(i)), "stroke", Palette.INK, "stroke-width", "0.5");
            }
        }
        x.end();
    }

    private static double x(int i, int n) {
        return n == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
    }

    private static double y(double score) {
        return PAD + (3 - score) * (HEIGHT - 2 * PAD) / 6;
    }

    static String signed(double v) {
        String n = v == Math.rint(v) ? Long.toString((long) Math.abs(v)) : Double.toString(Math.abs(v));
        return v > 0 ? "+" + n : v < 0 ? "-" + n : "0";
    }
}
