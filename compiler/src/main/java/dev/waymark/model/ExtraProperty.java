package dev.waymark.model;

/** Free metadata: any property named `x-...`, kept with its value as written. */
public record ExtraProperty(String name, String value, SourceSpan span) {
}
