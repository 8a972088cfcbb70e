package dev.waymark.model;

import java.util.List;
import java.util.Optional;

/** `team @checkout-squad "Checkout squad" { members @dana, @lee  escalates-to @cx-leadership }`. */
public record Team(String id, Optional<String> title, Optional<String> description,
                   List<Located<String>> members, Optional<Located<String>> escalatesTo,
                   List<ExtraProperty> extras, SourceSpan span, SourceSpan idSpan) implements Declaration {

    @Override
    public String kind() {
        return "team";
    }

    /** The handle as written, with `@`. */
    public String handle() {
        return "@" + id;
    }
}
