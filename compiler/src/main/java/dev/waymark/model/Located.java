package dev.waymark.model;

/** A value from the source together with where it was written (an owner handle, a persona reference...). */
public record Located<T>(T value, SourceSpan span) {

    /** The values alone, in order: for renderings and diffs, which compare what was written, not where. */
    public static <T> java.util.List<T> values(java.util.List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
