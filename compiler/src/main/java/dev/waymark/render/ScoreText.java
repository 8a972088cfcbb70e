package dev.waymark.render;

import dev.waymark.model.Measure;

/**
 * Scores as every rendering prints them (the map's markers and labels, the flow graph's nodes,
 * the site's tables): with their sign and a true minus, "+2", "0", "−1.5", in the digits the
 * author wrote.
 */
public final class ScoreText {
    private ScoreText() {
    }

    public static String signed(Measure m) {
        double v = m.value();
        String text = m.text();
        String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (digits.isEmpty()) digits = Xml.num(Math.abs(v));
        if (v > 0) return "+" + digits;
        if (v < 0) return "−" + digits;
        return "0";
    }
}
