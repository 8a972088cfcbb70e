package dev.waymark.resolve;

import dev.waymark.model.Measure;

import java.util.Optional;

/**
 * One edge of a journey's flow: from a step to the next one (`toJourney`.`toStep`), with the
 * share of customers where given. `explicit` is false for the default edge to the following step.
 * An edge to nowhere (`next end`, or the journey's last step) is not an edge: the step is terminal.
 */
public record FlowEdge(String fromStep, String toJourney, String toStep, Optional<Measure> share, boolean explicit) {
}
