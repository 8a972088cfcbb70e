package dev.waymark.model;

import java.util.List;
import java.util.Optional;

/**
 * A step of the journey: a touchpoint, with what the customer does, feels and thinks there.
 * `expands` names the journey that details this step one level down (a journey hierarchy).
 */
public record Step(String id, Optional<String> title, Optional<String> description,
                   List<Reference> personas, Optional<String> channel, Optional<Located<String>> touchpoint,
                   Optional<Located<String>> lane, Optional<Located<String>> owner, Optional<Emotion> emotion,
                   List<Located<String>> thoughts, List<Pain> pains, List<Located<String>> momentsOfTruth,
                   Optional<Score> importance, Optional<Score> performance, List<Metric> metrics,
                   List<Located<String>> evidence, List<NextTarget> next, Optional<Dropoff> dropoff, Optional<Located<String>> expands,
                   List<ExtraProperty> extras, SourceSpan span, SourceSpan idSpan) implements Element {

    public static final List<String> TOUCHPOINTS = List.of("peripheral", "external", "internal");
    public static final List<String> LANES = List.of("customer", "frontstage", "backstage", "support");

    @Override
    public String kind() {
        return "step";
    }

    public String displayTitle() {
        return title.orElse(id);
    }

    /** The service-blueprint lane; a step without `lane` is the customer's own action. */
    public String laneName() {
        return lane.map(Located::value).orElse("customer");
    }
}
