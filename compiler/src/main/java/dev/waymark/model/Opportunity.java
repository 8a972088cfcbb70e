package dev.waymark.model;

import java.util.List;
import java.util.Optional;

/** An improvement to make: what it addresses, who owns it, effort, due date, status, expected impact. */
public record Opportunity(String id, Optional<String> title, Optional<String> description,
                          List<Reference> addresses, Optional<Located<String>> owner,
                          Optional<Located<DurationValue>> effort, Optional<DateValue> due,
                          Optional<Located<String>> status, Optional<Impact> impact, Optional<Value> value,
                          List<ExtraProperty> extras, SourceSpan span, SourceSpan idSpan) implements Element {

    public static final List<String> STATUSES = Vocabulary.words(OpportunityStatus.class);

    public Optional<Word<OpportunityStatus>> statusWord() {
        return status.map(s -> Vocabulary.read(OpportunityStatus.class, s));
    }

    /** A dropped opportunity addresses nothing any more; an unknown status word does not drop it. */
    public boolean dropped() {
        return statusWord().map(w -> w.is(OpportunityStatus.DROPPED)).orElse(false);
    }

    /** Done or dropped: no due date can be missed any more. */
    public boolean finished() {
        return dropped() || statusWord().map(w -> w.is(OpportunityStatus.DONE)).orElse(false);
    }

    @Override
    public String kind() {
        return "opportunity";
    }

    public String displayTitle() {
        return title.orElse(id);
    }

    /** `value customer 80% business 40%`: what it is worth to customers and to the business, each 0–100%. */
    public record Value(Optional<Measure> customer, Optional<Measure> business, SourceSpan span) {
    }

    /** `impact conversion from 31% to 40%`. */
    public record Impact(String metric, Measure from, Measure to, SourceSpan span) {
    }
}
