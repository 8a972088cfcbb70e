package dev.waymark.diff;

/**
 * How the diff picture marks an element. Colours are the Okabe-Ito palette (safe for the
 * common colour-vision deficiencies), and every mark also carries a word and, for removed
 * elements, a dashed outline and struck-through text: nothing is told by colour alone.
 */
enum DiffMark {
    REMOVED("REMOVED", "#D55E00", "#FBE3D6", "6 4"),
    ADDED("ADDED", "#009E73", "#D9F2EA", null),
    RENAMED("RENAMED", "#CC79A7", "#F6E6EF", null),
    MOVED("MOVED", "#56B4E9", "#E1F1FB", null),
    CHANGED("CHANGED", "#E69F00", "#FCEFD2", null),
    UNCHANGED("", "#9A9A9A", "#FFFFFF", null);

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
