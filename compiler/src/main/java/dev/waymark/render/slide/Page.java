package dev.waymark.render.slide;

import java.util.Locale;

/**
 * The page a PNG or PDF is made for, landscape: a 16:9 slide (the default), A4 or US letter.
 * The map is scaled to fit inside, centred, its proportions kept. PNG sizes are in pixels
 * (a full-HD slide; paper at 150 dpi); PDF pages in points (a widescreen slide is 13.33 × 7.5 in).
 */
public enum Page {
    SLIDE("slide", 1920, 1080, 960, 540),
    A4("a4", 1754, 1240, 841.89, 595.28),
    LETTER("letter", 1650, 1275, 792, 612);

    private final String label;
    private final int pixelWidth;
    private final int pixelHeight;
    private final double pointWidth;
    private final double pointHeight;

    Page(String label, int pixelWidth, int pixelHeight, double pointWidth, double pointHeight) {
        this.label = label;
        this.pixelWidth = pixelWidth;
        this.pixelHeight = pixelHeight;
        this.pointWidth = pointWidth;
        this.pointHeight = pointHeight;
    }

    public String label() {
        return label;
    }

    public int pixelWidth() {
        return pixelWidth;
    }

    public int pixelHeight() {
        return pixelHeight;
    }

    public double pointWidth() {
        return pointWidth;
    }

    public double pointHeight() {
        return pointHeight;
    }

    public static Page parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Page p : values()) if (p.label.equals(t)) return p;
        throw new IllegalArgumentException("unknown page '" + text + "' (known: slide, a4, letter)");
    }
}
