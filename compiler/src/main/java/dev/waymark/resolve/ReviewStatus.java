package dev.waymark.resolve;

import dev.waymark.model.DurationValue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a journey's review stands on the "as of" date: the last review, its cadence (empty when
 * the one written cannot be used), the due date and the status (current, due-soon, stale,
 * missing, unknown).
 */
public record ReviewStatus(Optional<LocalDate> last, Optional<String> by, Optional<DurationValue> every,
                           Optional<LocalDate> due, Status status) {

    /**
     * {@link #UNKNOWN}: a `reviewed` date that is not a calendar date, or a `review every` that
     * cannot be read or is zero; `invalid-value` reports it, and nothing says the map is current,
     * stale or never reviewed, because the due date cannot be known.
     */
    public enum Status {
        CURRENT("current"), DUE_SOON("due-soon"), STALE("stale"), MISSING("missing"), UNKNOWN("unknown");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
