package dev.waymark.diff;

import dev.waymark.render.Palette;

/**
 * How the diff picture marks an element. Colours are the journey map's {@link Palette}, Okabe-Ito
 * (safe for the common colour-vision deficiencies), and every mark also carries a word and, for removed
 * elements, a dashed outline and struck-through text: nothing is told by colour alone.
 */
enum DiffMark {
    REMOVED("REMOVED", Palette.VERMILLION, Palette.VERMILLION_TINT, "6 4"),
    ADDED("ADDED", Palette.GREEN, Palette.CURRENT_TINT, null),
    RENAMED("RENAMED", Palette.PURPLE, Palette.PURPLE_TINT, null),
    MOVED("MOVED", Palette.SKY, Palette.SKY_TINT, null),
    CHANGED("CHANGED", Palette.ORANGE, Palette.ORANGE_TINT, null),
    UNCHANGED("", Palette.BAR_EMPTY, Palette.WHITE, null);

    final String label;
    final String stroke;
    final String fill;
    final String dash;

    DiffMark(String label, String stroke, String fill, String dash) {
        this.label = label;
        this.stroke = stroke;
        this.fill = fill;
        this.dash = dash;
    }

    /** The stronger of two marks: removed over added over renamed over moved over changed. */
    DiffMark max(DiffMark other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
