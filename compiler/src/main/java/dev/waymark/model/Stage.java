package dev.waymark.model;

import java.util.List;
import java.util.Optional;

/** A phase of the journey (awareness, purchase, ...), shown as a column; its steps are ordered. */
public record Stage(String id, Optional<String> title, Optional<String> description,
                    Optional<Located<String>> owner, Optional<String> goal, List<Step> steps,
                    List<ExtraProperty> extras, SourceSpan span, SourceSpan idSpan) implements Element {

    @Override
    public String kind() {
        return "stage";
    }

    public String displayTitle() {
        return title.orElse(id);
    }
}
