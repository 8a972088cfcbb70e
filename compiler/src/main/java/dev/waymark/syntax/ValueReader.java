package dev.waymark.syntax;

import dev.waymark.model.DurationValue;
import dev.waymark.model.Located;
import dev.waymark.model.Measure;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.UnreadableValue;
import dev.waymark.model.UnreadableValue.Slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads numbers and durations into bounded values. The lexer accepts any run of digits, so a
 * value too large to hold is not a syntax error: it is recorded here (and reported by
 * `invalid-value` at its span) and the property is left out, instead of an exception or an
 * Infinity travelling on to check, render and diff.
 */
final class ValueReader {
    private final List<UnreadableValue> unreadable = new ArrayList<>();

    Optional<Measure> number(String text, SourceSpan span, Slot slot) {
        try {
            return Optional.of(Measure.parse(text, span));
        } catch (IllegalArgumentException tooLong) {
            unreadable.add(new UnreadableValue(slot, text, span, tooLong.getMessage()));
            return Optional.empty();
        }
    }

    Optional<Located<DurationValue>> duration(String text, SourceSpan span, Slot slot) {
        try {
            return Optional.of(new Located<>(DurationValue.parse(text), span));
        } catch (IllegalArgumentException tooLong) {
            unreadable.add(new UnreadableValue(slot, text, span, tooLong.getMessage()));
            return Optional.empty();
        }
    }

    List<UnreadableValue> unreadable() {
        return List.copyOf(unreadable);
    }
}
