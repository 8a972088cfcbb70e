package dev.waymark.render;

import dev.waymark.model.PainSeverity;

import java.util.List;

/** A part of a card laid out for a known width: it knows its height and draws itself at (x, y). */
public interface Piece {
    double height();

    void draw(SvgDraw g, double x, double y);

    /** Wrapped text. */
    record Text(List<String> lines, TextStyle style, double width, String anchor) implements Piece {
        public static Text of(String text, TextStyle style, double width) {
            return new Text(TextWrap.lines(XmlText.clean(text), style.size(), style.bold(), width), style, width, null);
        }

        public static Text centred(String text, TextStyle style, double width) {
            return new Text(TextWrap.lines(XmlText.clean(text), style.size(), style.bold(), width), style, width, "middle");
        }

        @Override
        public double height() {
            return lines.size() * style.lineHeight();
        }

        @Override
        public void draw(SvgDraw g, double x, double y) {
            g.text(lines, "middle".equals(anchor) ? x + width / 2 : x, y, style, anchor);
        }
    }

    /** The small shapes that lead a line of text. */
    enum Icon { DOT, STAR, DIAMOND }

    /** A small shape in front of wrapped text: a star for a moment of truth, a dot, a diamond. */
    record IconText(Icon icon, String colour, Text text) implements Piece {
        static final double INDENT = 18;

        public static IconText of(Icon icon, String colour, String text, TextStyle style, double width) {
            return new IconText(icon, colour, Text.of(text, style, width - INDENT));
        }

        @Override
        public double height() {
            return Math.max(14, text.height());
        }

        @Override
        public void draw(SvgDraw g, double x, double y) {
            double cy = y + text.style().lineHeight() / 2;
            switch (icon) {
                case STAR -> g.star(x + 7, cy, 7, colour, Palette.PURPLE_SHADE);
                case DIAMOND -> g.diamond(x + 7, cy, 5, Palette.WHITE, colour, 2);
                case DOT -> g.circle(x + 7, cy, 4.5, colour, null, 0);
            }
            text.draw(g, x + INDENT, y);
        }
    }

    /** Severity told three ways: colour, one to four filled bars, and the word. */
    record Severity(PainSeverity severity, Text label) implements Piece {
        static final double BARS = 30;

        /** `written` is the word as the map has it (shown), `severity` what it counts as (colour and bars). */
        public static Severity of(PainSeverity severity, String written, String category, double width) {
            String word = written.toUpperCase(java.util.Locale.ROOT);
            String text = category == null ? word : word + " · " + category;
            return new Severity(severity, Text.of(text, TextStyle.SMALL_BOLD, width - BARS - 6));
        }

        @Override
        public double height() {
            return Math.max(14, label.height());
        }

        @Override
        public void draw(SvgDraw g, double x, double y) {
            int level = severity.level();
            double lh = label.style().lineHeight();
            for (int i = 0; i < 4; i++) {
                double h = 4 + i * 2.5;
                double bx = x + i * 7.5;
                double by = y + lh - 2 - h;
                g.rect(bx, by, 5, h, 0, i < level ? Palette.severity(severity) : Palette.WHITE,
                        i < level ? Palette.BAR_STROKE : Palette.BAR_EMPTY, "stroke-width", "0.75");
            }
            label.draw(g, x + BARS + 6, y);
        }
    }

    /** A filled tag such as "O1" followed by wrapped text (an opportunity's status). */
    record Tag(String tag, String colour, Text text) implements Piece {
        static final TextStyle TAG = new TextStyle(11, true, false, Palette.WHITE);

        public static Tag of(String tag, String colour, String text, TextStyle style, double width) {
            double tagWidth = TAG.width(tag) + 10;
            return new Tag(tag, colour, Text.of(text, style, Math.max(10, width - tagWidth - 6)));
        }

        double tagWidth() {
            return TAG.width(tag) + 10;
        }

        @Override
        public double height() {
            return Math.max(TAG.lineHeight() + 2, text.height());
        }

        @Override
        public void draw(SvgDraw g, double x, double y) {
            double w = tagWidth();
            g.rect(x, y, w, TAG.lineHeight() + 2, 4, colour, null);
            g.text(tag, x + w / 2, y + 1, TAG, "middle");
            text.draw(g, x + w + 6, y + 1);
        }
    }

    /**
     * A bullet bar: the value as a filled bar and the target as a tick, on a scale of 0..100 for
     * percentages and 0..1.2 x the larger of the two otherwise. Only drawn for non-negative values.
     */
    record Bullet(double value, double target, double max, double width) implements Piece {
        public static java.util.Optional<Bullet> of(dev.waymark.model.Measure value, dev.waymark.model.Measure target, double width) {
            if (value.value() < 0 || target.value() < 0 || value.percent() != target.percent()) return java.util.Optional.empty();
            double max = value.percent() ? 100 : Math.max(value.value(), target.value()) * 1.2;
            if (max <= 0) return java.util.Optional.empty();
            return java.util.Optional.of(new Bullet(value.value(), target.value(), max, width));
        }

        @Override
        public double height() {
            return 14;
        }

        @Override
        public void draw(SvgDraw g, double x, double y) {
            double track = width;
            g.rect(x, y + 4, track, 6, 3, Palette.TRACK, null);
            double v = Math.min(1, value / max) * track;
            if (v > 0) g.rect(x, y + 4, Math.max(v, 2), 6, 3, Palette.BLUE, null);
            double t = x + Math.min(1, target / max) * track;
            g.line(t, y, t, y + 14, Palette.INK, 2, null);
        }
    }
}
