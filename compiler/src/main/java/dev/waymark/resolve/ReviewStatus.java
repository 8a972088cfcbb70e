package dev.waymark.resolve;

import dev.waymark.model.DurationValue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a journey's review stands on the "as of" date: the last review, its cadence, the due
 * date and the status (current, due-soon, stale, missing).
 */
public record ReviewStatus(Optional<LocalDate> last, Optional<String> by, DurationValue every,
                           Optional<LocalDate> due, Status status) {

    public enum Status {
        CURRENT("current"), DUE_SOON("due-soon"), STALE("stale"), MISSING("missing");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
