package dev.waymark.model;

import java.util.List;
import java.util.stream.Stream;

/** The syntax tree of one `.journey` file: its declarations in order, plus its suppressions. */
public record JourneyFile(String path, List<Declaration> declarations, List<Suppression> suppressions) {

    public Stream<Journey> journeys() {
        return declarations.stream().filter(Journey.class::isInstance).map(Journey.class::cast);
    }

    public Stream<Persona> personas() {
        return declarations.stream().filter(Persona.class::isInstance).map(Persona.class::cast);
    }

    public Stream<Team> teams() {
        return declarations.stream().filter(Team.class::isInstance).map(Team.class::cast);
    }
}
