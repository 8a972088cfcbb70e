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

    public static final List<String> TOUCHPOINTS = Vocabulary.words(Touchpoint.class);
    public static final List<String> LANES = Vocabulary.words(Lane.class);

    @Override
    public String kind() {
        return "step";
    }

    public String displayTitle() {
        return title.orElse(id);
    }

    /** The service-blueprint lane as written; a step without `lane` is the customer's own action. */
    public String laneName() {
        return lane.map(Located::value).orElse(Lane.CUSTOMER.word());
    }

    /** True when the step is in this lane (a step without `lane` is in the customer's; an unknown word in none). */
    public boolean inLane(Lane l) {
        return laneKind().filter(k -> k == l).isPresent();
    }

    public Optional<Word<Lane>> laneWord() {
        return lane.map(l -> Vocabulary.read(Lane.class, l));
    }

    /** The lane: customer when none is written, empty when the word is not a lane (`invalid-value` says so). */
    public Optional<Lane> laneKind() {
        return lane.isEmpty() ? Optional.of(Lane.CUSTOMER) : laneWord().flatMap(Word::known);
    }

    public Optional<Word<Touchpoint>> touchpointWord() {
        return touchpoint.map(t -> Vocabulary.read(Touchpoint.class, t));
    }
}
