package dev.waymark.model;

import java.util.Arrays;

/**
 * Where each line of one file starts, in code points (the offsets the lexer gives tokens): what
 * the compact {@link SourceSpan}s of the file share to answer their lines and columns. It holds
 * no text, so the spans of a workspace do not keep its files' texts alive.
 */
public final class SourceLines {
    private final String path;
    private final int[] starts;

    /** `starts`: the offset of each line's first code point, the first 0, ascending. */
    SourceLines(String path, int[] starts) {
        this.path = path;
        this.starts = starts;
    }

    /** The line starts of a text whose lines end at LF, CRLF or a lone CR, counted in code points. */
    public static SourceLines of(String path, CharSequence text) {
        int[] found = new int[16];
        int n = 0;
        found[n++] = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); i++, cp++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = cp + 1;
            }
        }
        return new SourceLines(path, Arrays.copyOf(found, n));
    }

    public String path() {
        return path;
    }

    /**
     * The span of these offsets, compact when they give back the lines and columns written (a token
     * of the text), else with them as given (an end past the text, a repair's token of its own).
     */
    public SourceSpan span(int line, int column, int endLine, int endColumn, int startOffset, int endOffset) {
        if (startOffset >= 0 && endOffset >= startOffset && at(line, column, startOffset) && at(endLine, endColumn, endOffset)) {
            return new SourceSpan(this, startOffset, endOffset);
        }
        return new SourceSpan(path, line, column, endLine, endColumn, startOffset, endOffset);
    }

    private boolean at(int line, int column, int offset) {
        return line >= 1 && line <= starts.length && starts[line - 1] <= offset
                && (line == starts.length || offset < starts[line]) && column == offset - starts[line - 1] + 1;
    }

    /** The 1-based line of an offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of an offset, in code points. */
    int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }
}
