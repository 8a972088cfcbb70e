package dev.waymark.lsp;

import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.Optional;

/**
 * Between Waymark's places (1-based lines, 1-based columns counted in code points) and LSP's
 * (0-based lines, 0-based columns counted in UTF-16 code units). The two differ after any
 * character outside the Basic Multilingual Plane (an emoji counts 1 for us and 2 for LSP), so
 * every conversion goes through the text of the line.
 */
public final class Positions {
    private Positions() {
    }

    public static Range range(SourceSpan span, Optional<SourceText> source) {
        return new Range(position(span.line(), span.column(), source), position(span.endLine(), span.endColumn(), source));
    }

    public static Position position(int line, int column, Optional<SourceText> source) {
        int codePoints = Math.max(0, column - 1);
        int utf16 = source.map(s -> utf16Column(s.line(line), codePoints)).orElse(codePoints);
        return new Position(Math.max(0, line - 1), utf16);
    }

    /** The UTF-16 offset of a code-point column; past the line end, each missing code point counts one. */
    static int utf16Column(String line, int codePoints) {
        int available = line.codePointCount(0, line.length());
        if (codePoints <= available) return line.offsetByCodePoints(0, codePoints);
        return line.length() + (codePoints - available);
    }

    /** The 1-based code-point column of an LSP position on this line (a position inside a surrogate pair counts as before it). */
    static int codePointColumn(String line, int utf16) {
        int inLine = Math.min(Math.max(0, utf16), line.length());
        if (inLine > 0 && inLine < line.length() && Character.isLowSurrogate(line.charAt(inLine))
                && Character.isHighSurrogate(line.charAt(inLine - 1))) {
            inLine--;
        }
        return line.codePointCount(0, inLine) + Math.max(0, utf16 - line.length()) + 1;
    }

    /** Where a whole text ends, for an edit that replaces all of it. */
    static Position end(String text) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, text.length() - lineStart);
    }
}
