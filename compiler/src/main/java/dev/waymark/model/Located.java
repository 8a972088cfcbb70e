package dev.waymark.model;

/** A value from the source together with where it was written (an owner handle, a persona reference...). */
public record Located<T>(T value, SourceSpan span) {
}
