package dev.waymark.model;

import java.util.Arrays;

/**
 * The decoded text of one file, with its display path (relative to the working directory,
 * `/`-separated) and an index of line starts so diagnostics can quote the source line.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private final int[] lineStarts;
    private final SourceLines lines;

    public SourceText(String path, String text) {
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            surrogates |= Character.isSurrogate(c);
            // LF, CRLF and a lone CR each end a line
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        // the spans count code points; without surrogate pairs those are the chars, and the starts are shared
        this.lines = surrogates ? SourceLines.of(path, text) : new SourceLines(path, lineStarts);
    }

    /** The file's line starts in code points, which its spans share. */
    public SourceLines lines() {
        return lines;
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Where a 1-based line starts and ends (before its line break), as character offsets; [0, 0] past the end. */
    public int[] lineBounds(int line) {
        if (line < 1 || line > lineStarts.length) return new int[] {0, 0};
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return new int[] {start, Math.max(start, end)};
    }

    /** The 1-based line without its line break, or "" past the end. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }
}
