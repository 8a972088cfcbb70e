package dev.waymark.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * The syntax tree of one `.journey` file: its declarations in order, its suppressions, and the
 * values it writes that Waymark cannot hold (left out of the declarations; `invalid-value` reports them).
 */
public record JourneyFile(String path, List<Declaration> declarations, List<Suppression> suppressions,
                          List<UnreadableValue> unreadable) {

    public JourneyFile {
        declarations = List.copyOf(declarations);
        suppressions = List.copyOf(suppressions);
        unreadable = List.copyOf(unreadable);
    }

    public JourneyFile(String path, List<Declaration> declarations, List<Suppression> suppressions) {
        this(path, declarations, suppressions, List.of());
    }

    public Stream<Journey> journeys() {
        return declarations.stream().filter(Journey.class::isInstance).map(Journey.class::cast);
    }

    public Stream<Persona> personas() {
        return declarations.stream().filter(Persona.class::isInstance).map(Persona.class::cast);
    }

    public Stream<Team> teams() {
        return declarations.stream().filter(Team.class::isInstance).map(Team.class::cast);
    }

    /** True when a value of this slot inside the element could not be read. */
    public boolean unreadable(Element within, UnreadableValue.Slot slot) {
        for (UnreadableValue u : unreadable) if (u.slot() == slot && within.span().contains(u.span())) return true;
        return false;
    }
}
