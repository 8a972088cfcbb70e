package dev.waymark.model;

import java.time.LocalDate;
import java.util.Optional;

/** A date as written; `date` is empty when the text is not a real calendar date (2026-02-30). */
public record DateValue(String text, Optional<LocalDate> date, SourceSpan span) {
}
