package dev.waymark.resolve;

import dev.waymark.model.Journey;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.Target.InJourney;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journey's elements by id, as bound targets. Stages, steps, pains and opportunities share
 * one namespace per journey, because `addresses` and `next` name them without saying which
 * kind they are; the first declaration of an id wins (`duplicate-id` reports the others).
 */
public final class JourneyIndex {
    private final Journey journey;
    private final Map<String, InJourney> byId = new LinkedHashMap<>();

    JourneyIndex(Journey journey) {
        this.journey = journey;
        for (Stage stage : journey.stages()) {
            byId.putIfAbsent(stage.id(), new Target.StageTarget(journey, stage));
            for (Step step : stage.steps()) {
                byId.putIfAbsent(step.id(), new Target.StepTarget(journey, stage, step));
                for (Pain pain : step.pains()) {
                    pain.id().ifPresent(id -> byId.putIfAbsent(id.value(), new Target.PainTarget(journey, stage, step, pain)));
                }
            }
        }
        for (Opportunity o : journey.opportunities()) byId.putIfAbsent(o.id(), new Target.OpportunityTarget(journey, o));
    }

    public Journey journey() {
        return journey;
    }

    public Optional<InJourney> element(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Step> step(String id) {
        return element(id).filter(Target.StepTarget.class::isInstance).map(t -> ((Target.StepTarget) t).step());
    }

    public Optional<Stage> stageOf(String stepId) {
        return element(stepId).filter(Target.StepTarget.class::isInstance).map(t -> ((Target.StepTarget) t).stage());
    }

    public Collection<String> ids() {
        return byId.keySet();
    }

    /** The ids of one kind, in document order: the candidates of a did-you-mean. */
    public List<String> ids(Target.Kind kind) {
        return byId.values().stream().filter(t -> t.kind() == kind).map(InJourney::id).toList();
    }
}
