package dev.waymark.diff;

import dev.waymark.model.DateValue;
import dev.waymark.model.Dropoff;
import dev.waymark.model.Emotion;
import dev.waymark.model.Located;
import dev.waymark.model.Measure;
import dev.waymark.model.Metric;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Model values as the text a diff shows. Numbers are normalised (`+1` and `1` are the same
 * score, `40.0%` and `40%` the same share) so that a reformatted file shows no change.
 */
final class Values {
    private Values() {
    }

    static String number(Measure m) {
        String n = new BigDecimal(Double.toString(m.value())).stripTrailingZeros().toPlainString();
        return n + (m.percent() ? "%" : "");
    }

    /** An emotion score, always signed: `-2`, `0`, `+1`. */
    static String signed(Measure m) {
        String n = number(m);
        return m.value() > 0 ? "+" + n : n;
    }

    static Optional<String> located(Optional<Located<String>> v) {
        return v.map(Located::value);
    }

    static Optional<String> date(Optional<DateValue> d) {
        return d.map(DateValue::text);
    }

    static Optional<String> score(Optional<Score> s) {
        return s.map(x -> {
            List<String> parts = new ArrayList<>();
            x.customer().ifPresent(c -> parts.add("customer " + number(c)));
            x.internal().ifPresent(i -> parts.add("internal " + number(i)));
            return String.join(", ", parts);
        });
    }

    static Optional<String> emotion(Optional<Emotion> e) {
        return e.map(x -> signed(x.score()));
    }

    static Optional<String> emotionTarget(Optional<Emotion> e) {
        return e.flatMap(Emotion::target).map(Values::signed);
    }

    static Optional<String> dropoff(Optional<Dropoff> d) {
        return d.map(x -> number(x.share()));
    }

    static String metric(Metric m) {
        return number(m.value()) + m.target().map(t -> " target " + number(t)).orElse("");
    }

    static Optional<String> impact(Optional<Opportunity.Impact> i) {
        return i.map(x -> x.metric() + " from " + number(x.from()) + " to " + number(x.to()));
    }

    static Optional<String> age(Optional<Measure> from, Optional<Measure> to) {
        if (from.isEmpty()) return Optional.empty();
        return Optional.of(number(from.get()) + to.map(t -> ".." + number(t)).orElse(""));
    }

    /** `customer 80% business 40%`, the parts as written. */
    static String value(dev.waymark.model.Opportunity.Value v) {
        StringBuilder b = new StringBuilder();
        v.customer().ifPresent(m -> b.append("customer ").append(m.text()));
        v.business().ifPresent(m -> b.append(b.isEmpty() ? "" : " ").append("business ").append(m.text()));
        return b.toString();
    }
}
