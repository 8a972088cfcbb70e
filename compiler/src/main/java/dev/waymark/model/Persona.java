package dev.waymark.model;

import java.util.List;
import java.util.Optional;

/** Who a journey is about: `persona gift-buyer "Gift buyer Gina" { ... }`. */
public record Persona(String id, Optional<String> title, Optional<String> description,
                      Optional<String> role, Optional<Measure> ageFrom, Optional<Measure> ageTo,
                      Optional<String> segment, List<Located<String>> goals, List<Located<String>> frustrations,
                      Optional<String> quote, List<ExtraProperty> extras,
                      SourceSpan span, SourceSpan idSpan) implements Declaration {

    @Override
    public String kind() {
        return "persona";
    }

    public String displayName() {
        return title.orElse(id);
    }
}
