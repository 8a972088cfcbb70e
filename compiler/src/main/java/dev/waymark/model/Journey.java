package dev.waymark.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A customer journey map: its stages and steps, opportunities, owner and review. */
public record Journey(String id, Optional<String> title, Optional<String> description,
                      Optional<Located<String>> owner, Optional<Review> reviewed,
                      Optional<Located<DurationValue>> reviewEvery, Optional<Located<String>> state,
                      List<Located<String>> tags, List<Located<String>> objectives, List<Reference> personas,
                      List<Metric> metrics, List<Stage> stages, List<Opportunity> opportunities,
                      List<ExtraProperty> extras, SourceSpan span, SourceSpan idSpan) implements Declaration {

    public static final List<String> STATES = Vocabulary.words(JourneyState.class);

    public Optional<Word<JourneyState>> stateWord() {
        return state.map(s -> Vocabulary.read(JourneyState.class, s));
    }

    @Override
    public String kind() {
        return "journey";
    }

    public String displayTitle() {
        return title.orElse(id);
    }

    /** Every step in document order, across stages: the order of the default flow. */
    public Stream<Step> steps() {
        return stages.stream().flatMap(s -> s.steps().stream());
    }
}
