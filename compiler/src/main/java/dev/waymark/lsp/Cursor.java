package dev.waymark.lsp;

import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import org.eclipse.lsp4j.Position;

/** An LSP position in Waymark's terms: 1-based line and 1-based code-point column. */
record Cursor(int line, int column) {

    static Cursor of(Position position, SourceText source) {
        int line = position.getLine() + 1;
        return new Cursor(line, Positions.codePointColumn(source.line(line), position.getCharacter()));
    }

    /** Inside the span, or just after it (where the caret sits after typing a word). */
    boolean in(SourceSpan span) {
        if (line < span.line() || (line == span.line() && column < span.column())) return false;
        return line < span.endLine() || (line == span.endLine() && column <= span.endColumn());
    }

    /** Strictly between the span's ends: a caret before `journey` or after `}` is outside that journey. */
    boolean inside(SourceSpan span) {
        if (line < span.line() || (line == span.line() && column <= span.column())) return false;
        return line < span.endLine() || (line == span.endLine() && column < span.endColumn());
    }
}
