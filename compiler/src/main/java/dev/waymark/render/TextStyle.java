package dev.waymark.render;

/** A font size, weight and slant with the colour to draw it in; lines are 1.3 em apart. */
public record TextStyle(double size, boolean bold, boolean italic, String fill) {
    public static final TextStyle BODY = new TextStyle(12.5, false, false, Palette.INK);
    public static final TextStyle SMALL = new TextStyle(11, false, false, Palette.MUTED);
    public static final TextStyle SMALL_BOLD = new TextStyle(11, true, false, Palette.INK);
    public static final TextStyle STRONG = new TextStyle(13, true, false, Palette.INK);

    public double lineHeight() {
        return Math.ceil(size * 1.3);
    }

    public double width(String text) {
        return TextMetrics.width(text, size, bold);
    }

    public TextStyle withFill(String colour) {
        return new TextStyle(size, bold, italic, colour);
    }

    public TextStyle asItalic() {
        return new TextStyle(size, bold, true, fill);
    }
}
