package dev.waymark.model;

import java.util.Optional;

/** `importance customer 5 internal 3` or `performance ...`: 1..5 each, either may be absent. */
public record Score(Optional<Measure> customer, Optional<Measure> internal, SourceSpan span) {
}
