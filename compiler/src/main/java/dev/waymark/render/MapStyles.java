package dev.waymark.render;

/**
 * Every text style of the journey map, named by the part it sets, with its colour from
 * {@link Palette}; the general ones (body, small, strong) are on {@link TextStyle}.
 */
final class MapStyles {
    static final TextStyle TITLE = new TextStyle(26, true, false, Palette.INK_STRONG);
    static final TextStyle DESCRIPTION = new TextStyle(13.5, false, false, Palette.INK_SOFT);
    static final TextStyle CHIP = new TextStyle(12, false, false, Palette.INK_SOFT);
    /** A review badge, an emotion label: short, bold, in ink. */
    static final TextStyle LABEL = new TextStyle(12.5, true, false, Palette.INK);
    static final TextStyle CAPTION = new TextStyle(10, true, false, Palette.MUTED);
    static final TextStyle PERSONA = new TextStyle(14, true, false, Palette.INK);

    /** A lane's name in the gutter. */
    static final TextStyle LANE = new TextStyle(12, true, false, Palette.INK_SOFT);
    /** A service-blueprint line's name, or the step an item belongs to ("at: …"): a quiet aside. */
    static final TextStyle ASIDE = new TextStyle(10.5, false, true, Palette.MUTED);

    static final TextStyle STAGE_TITLE = new TextStyle(15, true, false, Palette.WHITE);
    static final TextStyle STAGE_GOAL = new TextStyle(12, false, false, Palette.WHITE);
    static final TextStyle STAGE_NOTE = new TextStyle(11, false, false, Palette.ON_BLUE);

    static final TextStyle SMALL_INK = TextStyle.SMALL.withFill(Palette.INK);
    static final TextStyle SMALL_SOFT = TextStyle.SMALL.withFill(Palette.INK_SOFT);
    static final TextStyle QUOTE = TextStyle.BODY.asItalic();
    static final TextStyle THOUGHT = TextStyle.BODY.asItalic().withFill(Palette.THOUGHT_INK);
    static final TextStyle METRIC_VALUE = new TextStyle(13, false, false, Palette.INK);

    static final TextStyle ADDRESSED = new TextStyle(11, true, false, Palette.GREEN_TEXT);
    static final TextStyle UNADDRESSED = new TextStyle(11, false, true, Palette.VERMILLION_TEXT);
    static final TextStyle DROPOFF = new TextStyle(11, true, false, Palette.VERMILLION_TEXT);
    static final TextStyle NO_OWNER = new TextStyle(12.5, true, true, Palette.VERMILLION_TEXT);

    /** The numbers of the emotion scale; zero in bold. */
    static final TextStyle SCALE = new TextStyle(10.5, false, false, Palette.MUTED);
    static final TextStyle SCALE_ZERO = new TextStyle(10.5, true, false, Palette.MUTED);
    static final TextStyle LEGEND = SMALL_SOFT;
    static final TextStyle LEGEND_TAG = new TextStyle(9.5, true, false, Palette.WHITE);

    private MapStyles() {
    }

    /** The score in an emotion marker: bold, `size` px, dark or light by the marker's colour. */
    static TextStyle marker(double size, double score) {
        return new TextStyle(size, true, false, Palette.onEmotion(score));
    }
}
