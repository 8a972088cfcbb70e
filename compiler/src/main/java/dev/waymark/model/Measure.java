package dev.waymark.model;

/** A number or a percentage as written (`31`, `12.5%`, `-2`); `text` keeps the original spelling. */
public record Measure(double value, boolean percent, String text, SourceSpan span) {

    @Override
    public String toString() {
        return text;
    }
}
