package dev.waymark.model;

/**
 * A value of the model that keeps its {@link SourceSpan} inline: the file's shared line starts and
 * the two offsets, so that the span object is made only when asked for. The workspace holds about
 * 25 spanned values a step (numbers, texts, references); a span object of their own cost 24 bytes
 * each (35 MB in the 1,000-journey benchmark). The values compare as the records they were: by
 * their components, the span among them.
 */
public abstract class Spanned {
    private final Object where;
    private final int startOffset;
    private final int endOffset;

    Spanned(SourceSpan span) {
        this.where = span == null ? null : span.where();
        this.startOffset = span == null ? 0 : span.startOffset();
        this.endOffset = span == null ? 0 : span.endOffset();
    }

    public final SourceSpan span() {
        return where == null ? null : new SourceSpan(where, startOffset, endOffset);
    }

    final boolean sameSpan(Spanned other) {
        if (where == other.where) return startOffset == other.startOffset && endOffset == other.endOffset;
        return where != null && other.where != null && span().equals(other.span());
    }

    final int spanHash() {
        return where == null ? 0 : span().hashCode();
    }
}
