package dev.waymark.model;

import java.util.Objects;

/** A value from the source together with where it was written (an owner handle, a persona reference...). */
public final class Located<T> extends Spanned {
    private final T value;

    public Located(T value, SourceSpan span) {
        super(span);
        this.value = value;
    }

    public T value() {
        return value;
    }

    /** The values alone, in order: for renderings and diffs, which compare what was written, not where. */
    public static <T> java.util.List<T> values(java.util.List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Located<?> l && Objects.equals(value, l.value) && sameSpan(l);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(value) + spanHash();
    }

    @Override
    public String toString() {
        return "Located[value=" + value + ", span=" + span() + "]";
    }
}
