package dev.waymark.model;

import java.util.Locale;

/**
 * A value as written that Waymark cannot hold (`review every 9999999999999999999d`, a target of
 * `1` and 400 zeros). The parser leaves the property out of the tree and records this instead:
 * `invalid-value` reports it at its span, and rules that would miss the property (a step
 * "without" emotion, a review "with the default cadence") stay silent about what it made unknowable.
 */
public record UnreadableValue(Slot slot, String text, SourceSpan span, String problem) {

    /** Which property the value was written for. */
    public enum Slot {
        REVIEW_CADENCE, EFFORT, EMOTION, DESIRED_EMOTION, IMPORTANCE, PERFORMANCE,
        METRIC, METRIC_TARGET, SHARE, DROPOFF, IMPACT, VALUE, AGE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
