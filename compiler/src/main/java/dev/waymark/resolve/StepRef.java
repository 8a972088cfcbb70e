package dev.waymark.resolve;

import dev.waymark.model.Journey;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;

/** A step with the stage and journey it stands in: what most rules walk over. */
public record StepRef(Journey journey, Stage stage, Step step) {
}
