package dev.waymark.model;

/**
 * Where an element stands in its file: 1-based lines and columns, the end exclusive,
 * plus the character offsets so a suppression can cover "this declaration and everything inside it".
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn,
                         int startOffset, int endOffset) {

    public static SourceSpan at(String file, int line, int column) {
        return new SourceSpan(file, line, column, line, column + 1, -1, -1);
    }

    public boolean contains(SourceSpan other) {
        if (!file.equals(other.file)) return false;
        if (startOffset >= 0 && other.startOffset >= 0) {
            return startOffset <= other.startOffset && other.endOffset <= endOffset;
        }
        return compare(line, column, other.line, other.column) <= 0
                && compare(other.endLine, other.endColumn, endLine, endColumn) <= 0;
    }

    private static int compare(int l1, int c1, int l2, int c2) {
        return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
    }
}
