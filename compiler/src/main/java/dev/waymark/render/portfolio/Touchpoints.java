package dev.waymark.render.portfolio;

import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.render.JourneyView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The touchpoint inventory: every channel steps use, with how many steps use it in each
 * journey and stage and how customers feel there. Channels with the most steps first (ties
 * by name); steps without a `channel` are counted under "no channel", last.
 */
public final class Touchpoints {
    public record Channel(Optional<String> name, Emotions total, List<Journey> journeys) {
    }

    public record Journey(String journey, Emotions total, List<StageCount> stages) {
    }

    public record StageCount(String stage, Emotions total) {
    }

    private Touchpoints() {
    }

    static List<Channel> of(List<JourneyView> views) {
        Map<Optional<String>, Map<String, Map<String, Emotions.Tally>>> grid = new LinkedHashMap<>();
        Map<Optional<String>, Emotions.Tally> totals = new LinkedHashMap<>();
        Map<Optional<String>, Map<String, Emotions.Tally>> perJourney = new LinkedHashMap<>();
        for (JourneyView v : views) {
            for (Stage stage : v.journey().stages()) {
                for (Step step : stage.steps()) {
                    Optional<String> channel = step.channel();
                    Optional<Double> score = step.emotion().map(e -> e.score().value());
                    grid.computeIfAbsent(channel, k -> new LinkedHashMap<>()).computeIfAbsent(v.id(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(stage.id(), k -> new Emotions.Tally()).add(score);
                    perJourney.computeIfAbsent(channel, k -> new LinkedHashMap<>()).computeIfAbsent(v.id(), k -> new Emotions.Tally()).add(score);
                    totals.computeIfAbsent(channel, k -> new Emotions.Tally()).add(score);
                }
            }
        }
        List<Channel> out = new ArrayList<>();
        for (var c : grid.entrySet()) {
            List<Journey> journeys = new ArrayList<>();
            for (var j : c.getValue().entrySet()) {
                List<StageCount> stages = new ArrayList<>();
                j.getValue().forEach((stage, tally) -> stages.add(new StageCount(stage, tally.done())));
                journeys.add(new Journey(j.getKey(), perJourney.get(c.getKey()).get(j.getKey()).done(), List.copyOf(stages)));
            }
            out.add(new Channel(c.getKey(), totals.get(c.getKey()).done(), List.copyOf(journeys)));
        }
        out.sort(Comparator.comparing((Channel c) -> c.name().isEmpty())
                .thenComparing(c -> -c.total().steps())
                .thenComparing(c -> c.name().orElse("")));
        return List.copyOf(out);
    }
}
