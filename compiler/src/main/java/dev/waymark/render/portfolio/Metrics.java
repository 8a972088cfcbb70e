package dev.waymark.render.portfolio;

import dev.waymark.model.Measure;
import dev.waymark.model.Metric;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.render.JourneyView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every metric with its current value against its target: the journey's own metrics first,
 * then its steps', in document order. `gap` is target minus value (absent without a target
 * or when one is a percentage and the other is not).
 */
public final class Metrics {
    public record Row(String journey, Optional<String> stage, Optional<String> step, Metric metric) {
        public Optional<Double> gap() {
            Optional<Measure> t = metric.target();
            if (t.isEmpty() || t.get().percent() != metric.value().percent()) return Optional.empty();
            return Optional.of(Emotions.round(t.get().value() - metric.value().value()));
        }
    }

    private Metrics() {
    }

    static List<Row> of(List<JourneyView> views) {
        List<Row> out = new ArrayList<>();
        for (JourneyView v : views) {
            for (Metric m : v.journey().metrics()) out.add(new Row(v.id(), Optional.empty(), Optional.empty(), m));
            for (Stage stage : v.journey().stages()) {
                for (Step step : stage.steps()) {
                    for (Metric m : step.metrics()) out.add(new Row(v.id(), Optional.of(stage.id()), Optional.of(step.id()), m));
                }
            }
        }
        return List.copyOf(out);
    }
}
