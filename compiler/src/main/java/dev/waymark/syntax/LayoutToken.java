package dev.waymark.syntax;

/**
 * A token as the formatter needs it: its text, what kind of punctuation it is, whether it
 * begins a property or declaration (and so a line), and how the source spaced it.
 */
public record LayoutToken(String text, Kind kind, boolean startsItem, boolean sameLineAsPrevious, int blankLinesBefore) {

    public enum Kind { WORD, OPEN, CLOSE, COMMA, DOT, DOTDOT, ARROW, EQUALS, LINE_COMMENT, BLOCK_COMMENT }

    public boolean isComment() {
        return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }
}
