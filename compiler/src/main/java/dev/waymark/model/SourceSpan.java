package dev.waymark.model;

import java.util.Objects;

/**
 * Where an element stands in its file: 1-based lines and columns, the end exclusive,
 * plus the character offsets so a suppression can cover "this declaration and everything inside it".
 *
 * <p>A workspace holds a span for every leaf it read (about 30 a step: 1.8 million in the
 * 1,000-journey benchmark), so a span read from a token is compact: its file's shared
 * {@link SourceLines} and the two offsets (24 bytes, where seven fields took 40); the lines and
 * columns are looked up in the file's line starts when asked for. A span made from explicit
 * lines and columns (a diagnostic at a file's name, an edit's range) keeps them as given.
 * Either kind compares by the seven values, as the record it was did.
 */
public final class SourceSpan {
    /** {@link SourceLines} for a compact span, else the {@link Fixed} lines and columns. */
    private final Object where;
    private final int startOffset;
    private final int endOffset;

    private record Fixed(String file, int line, int column, int endLine, int endColumn) {
    }

    public SourceSpan(String file, int line, int column, int endLine, int endColumn, int startOffset, int endOffset) {
        this(new Fixed(file, line, column, endLine, endColumn), startOffset, endOffset);
    }

    /**
     * `where`: the {@link SourceLines} of a compact span ({@link SourceLines#span} makes one only where the
     * offsets give back the lines and columns), or another span's {@link #where()} ({@link Spanned}).
     */
    SourceSpan(Object where, int startOffset, int endOffset) {
        this.where = where;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }

    /** What the span shares with the other spans of its file; with the offsets, all a {@link Spanned} keeps of it. */
    Object where() {
        return where;
    }

    public static SourceSpan at(String file, int line, int column) {
        return new SourceSpan(file, line, column, line, column + 1, -1, -1);
    }

    /** True for the compact kind (shared line starts and offsets): what a span read from a token should be. */
    public boolean compact() {
        return where instanceof SourceLines;
    }

    public String file() {
        return where instanceof SourceLines l ? l.path() : ((Fixed) where).file();
    }

    public int line() {
        return where instanceof SourceLines l ? l.lineOf(startOffset) : ((Fixed) where).line();
    }

    public int column() {
        return where instanceof SourceLines l ? l.columnOf(startOffset) : ((Fixed) where).column();
    }

    public int endLine() {
        return where instanceof SourceLines l ? l.lineOf(endOffset) : ((Fixed) where).endLine();
    }

    public int endColumn() {
        return where instanceof SourceLines l ? l.columnOf(endOffset) : ((Fixed) where).endColumn();
    }

    public int startOffset() {
        return startOffset;
    }

    public int endOffset() {
        return endOffset;
    }

    public boolean contains(SourceSpan other) {
        if (where != other.where && !file().equals(other.file())) return false;
        if (startOffset >= 0 && other.startOffset >= 0) {
            return startOffset <= other.startOffset && other.endOffset <= endOffset;
        }
        return compare(line(), column(), other.line(), other.column()) <= 0
                && compare(other.endLine(), other.endColumn(), endLine(), endColumn()) <= 0;
    }

    private static int compare(int l1, int c1, int l2, int c2) {
        return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof SourceSpan s) || startOffset != s.startOffset || endOffset != s.endOffset) return false;
        // the same file's line starts and the same offsets: the same lines and columns
        if (where == s.where) return true;
        return Objects.equals(file(), s.file()) && line() == s.line() && column() == s.column()
                && endLine() == s.endLine() && endColumn() == s.endColumn();
    }

    @Override
    public int hashCode() {
        // a compact span always has offsets; only a fixed one may lack them, and then its position tells spans apart
        int h = (Objects.hashCode(file()) * 31 + startOffset) * 31 + endOffset;
        return startOffset >= 0 ? h : (h * 31 + line()) * 31 + column();
    }

    @Override
    public String toString() {
        return "SourceSpan[file=" + file() + ", line=" + line() + ", column=" + column() + ", endLine=" + endLine()
                + ", endColumn=" + endColumn() + ", startOffset=" + startOffset + ", endOffset=" + endOffset + "]";
    }
}
