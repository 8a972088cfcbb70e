package dev.waymark.resolve;

import dev.waymark.model.*;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A journey's elements by id. Stages, steps, pains and opportunities share one namespace per
 * journey, because `addresses` and `next` name them without saying which kind they are.
 */
public final class JourneyIndex {
    private final Journey journey;
    private final Map<String, Object> byId = new LinkedHashMap<>();
    private final Map<String, Stage> stageOfStep = new LinkedHashMap<>();

    JourneyIndex(Journey journey) {
        this.journey = journey;
        for (Stage stage : journey.stages()) {
            byId.putIfAbsent(stage.id(), stage);
            for (Step step : stage.steps()) {
                byId.putIfAbsent(step.id(), step);
                stageOfStep.putIfAbsent(step.id(), stage);
                for (Pain pain : step.pains()) pain.id().ifPresent(id -> byId.putIfAbsent(id.value(), pain));
            }
        }
        for (Opportunity o : journey.opportunities()) byId.putIfAbsent(o.id(), o);
    }

    public Journey journey() {
        return journey;
    }

    public Optional<Object> element(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Step> step(String id) {
        return element(id).filter(Step.class::isInstance).map(Step.class::cast);
    }

    public Optional<Stage> stageOf(String stepId) {
        return Optional.ofNullable(stageOfStep.get(stepId));
    }

    public Collection<String> ids() {
        return byId.keySet();
    }

    /** The ids of one kind ("step", "stage", "pain", "opportunity"), for did-you-mean hints. */
    public java.util.List<String> ids(String kind) {
        return byId.entrySet().stream().filter(e -> kindOf(e.getValue()).equals(kind)).map(Map.Entry::getKey).toList();
    }

    public static String kindOf(Object element) {
        if (element instanceof Step) return "step";
        if (element instanceof Stage) return "stage";
        if (element instanceof Pain) return "pain";
        if (element instanceof Opportunity) return "opportunity";
        return "element";
    }
}
