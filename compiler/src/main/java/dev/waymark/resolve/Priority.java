package dev.waymark.resolve;

import dev.waymark.model.DurationValue;
import dev.waymark.model.Measure;
import dev.waymark.model.Opportunity;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * An opportunity's priority, value against effort (as an opportunity matrix plots it):
 * value is the mean of the `value` parts given (customer, business), 0..100; effort is counted
 * in working days (8h a day, 5 days a week, 21 a month, 250 a year); the score is value per
 * week of effort, `value × 5 / effort days`. Without both, there is no score.
 */
public record Priority(Optional<Double> value, Optional<Double> effortDays, Optional<Double> score) {

    public static Priority of(Opportunity o) {
        Optional<Double> value = o.value().flatMap(v -> {
            double[] parts = Stream.of(v.customer(), v.business()).flatMap(Optional::stream).mapToDouble(Measure::value).toArray();
            if (parts.length == 0) return Optional.empty();
            double sum = 0;
            for (double p : parts) sum += Math.max(0, Math.min(100, p));
            return Optional.of(sum / parts.length);
        });
        Optional<Double> days = o.effort().map(e -> days(e.value())).filter(d -> d > 0);
        Optional<Double> score = value.isPresent() && days.isPresent() ? Optional.of(value.get() * 5 / days.get()) : Optional.empty();
        return new Priority(value, days, score);
    }

    public static double days(DurationValue d) {
        return switch (d.unit()) {
            case 'h' -> d.amount() / 8.0;
            case 'd' -> d.amount();
            case 'w' -> d.amount() * 5.0;
            case 'm' -> d.amount() * 21.0;
            case 'y' -> d.amount() * 250.0;
            default -> throw new IllegalStateException("unit " + d.unit());
        };
    }
}
