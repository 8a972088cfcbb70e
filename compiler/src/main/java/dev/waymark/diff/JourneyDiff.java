package dev.waymark.diff;

import dev.waymark.config.Policy;
import dev.waymark.model.Journey;
import dev.waymark.model.Metric;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.FlowEdge;
import dev.waymark.resolve.Workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes between two versions of one journey (matched by id, or paired as a rename).
 * Stages and steps are matched by id across the whole journey, so a step that changes stage
 * is a move, not a removal and an addition. Changes come out grouped the way a reader walks
 * the new map: the journey's own fields, then each stage with its steps (their pains,
 * metrics and outgoing flow), then opportunities.
 */
final class JourneyDiff {
    private final Workspace oldWorkspace;
    private final Journey old;
    private final Workspace newWorkspace;
    private final Journey now;
    private final Changes out;

    private final Map<String, Stage> oldStages = new LinkedHashMap<>();
    private final Map<String, Stage> newStages = new LinkedHashMap<>();
    private final Map<String, Step> oldSteps = new LinkedHashMap<>();
    private final Map<String, Step> newSteps = new LinkedHashMap<>();
    private final Map<String, String> oldStageOfStep = new LinkedHashMap<>();
    /** Old id to new id: renames, plus identity for ids on both sides. */
    private final Map<String, String> stageIds = new LinkedHashMap<>();
    private final Map<String, String> stepIds = new LinkedHashMap<>();

    JourneyDiff(Workspace oldWorkspace, Journey old, Workspace newWorkspace, Journey now, Changes out) {
        this.oldWorkspace = oldWorkspace;
        this.old = old;
        this.newWorkspace = newWorkspace;
        this.now = now;
        this.out = out;
        for (Stage s : old.stages()) {
            oldStages.putIfAbsent(s.id(), s);
            for (Step st : s.steps()) {
                oldSteps.putIfAbsent(st.id(), st);
                oldStageOfStep.putIfAbsent(st.id(), s.id());
            }
        }
        for (Stage s : now.stages()) {
            newStages.putIfAbsent(s.id(), s);
            for (Step st : s.steps()) newSteps.putIfAbsent(st.id(), st);
        }
        RenamePairs.match(oldSteps, newSteps, stepIds, JourneyDiff::stepContent, Step::title);
        RenamePairs.match(oldStages, newStages, stageIds, JourneyDiff::stageContent, Stage::title);
        followSteps();
    }

    /**
     * The third tier of stage renames: a removed stage whose steps went, more than half of
     * them, into one added stage is that stage under a new id (its other steps moved out).
     * So "purchase" split into "checkout" and "payment" reads as a rename plus moved steps.
     */
    private void followSteps() {
        Set<String> claimed = new java.util.HashSet<>(stageIds.values());
        for (Stage gone : oldStages.values()) {
            if (stageIds.containsKey(gone.id()) || gone.steps().isEmpty()) continue;
            Map<String, Integer> landed = new LinkedHashMap<>();
            for (Step st : gone.steps()) {
                String newId = stepIds.get(st.id());
                if (newId == null) continue;
                Stage target = stageOf(now, newId);
                if (target != null && !claimed.contains(target.id())) landed.merge(target.id(), 1, Integer::sum);
            }
            landed.entrySet().stream().filter(e -> e.getValue() * 2 > gone.steps().size()).findFirst().ifPresent(e -> {
                stageIds.put(gone.id(), e.getKey());
                claimed.add(e.getKey());
            });
        }
    }

    private static Stage stageOf(Journey journey, String stepId) {
        for (Stage s : journey.stages()) {
            for (Step st : s.steps()) if (st.id().equals(stepId)) return s;
        }
        return null;
    }

    void run(Policy policy, LocalDate asOf) {
        Subject journey = subject(ElementKind.JOURNEY, now.id(), now.title(), Optional.empty());
        ElementFields.journey(now).diff(ElementFields.journey(old), journey, out);
        String before = oldWorkspace.review(old, policy, asOf).status().label();
        String after = newWorkspace.review(now, policy, asOf).status().label();
        if (!before.equals(after)) out.add(journey, ChangeKind.CHANGED, "review-status", Optional.of(before), Optional.of(after));
        metrics(old.metrics(), now.metrics(), Optional.empty());

        Set<String> movedStages = Moves.moved(
                commonOrder(old.stages().stream().map(Stage::id).toList(), stageIds, newStages.keySet()),
                now.stages().stream().map(Stage::id).filter(stageIds::containsValue).toList());
        for (Stage stage : newStages.values()) {
            stage(stage, movedStages.contains(stage.id()));
        }
        for (Stage gone : oldStages.values()) {
            if (stageIds.containsKey(gone.id())) continue;
            out.add(subject(ElementKind.STAGE, gone.id(), gone.title(), Optional.empty()), ChangeKind.REMOVED);
            removedSteps(gone);
        }
        opportunities();
    }

    /** The new map with the removed stages and steps put back where they stood. */
    MapOutline outline() {
        return Outlines.merged(old, now, stageIds, stepIds);
    }

    private void stage(Stage stage, boolean moved) {
        Optional<String> oldId = RenamePairs.oldIdOf(stageIds, stage.id());
        Subject s = subject(ElementKind.STAGE, stage.id(), stage.title(), Optional.empty());
        if (oldId.isEmpty()) {
            out.add(s, ChangeKind.ADDED);
        } else {
            Stage before = oldStages.get(oldId.get());
            renamed(s, oldId.get());
            if (moved) out.add(s, ChangeKind.MOVED, "position", position(old.stages(), before), position(now.stages(), stage));
            ElementFields.stage(stage).diff(ElementFields.stage(before), s, out);
        }
        // steps that were in this same stage before: their relative order tells who moved inside it
        List<String> stayed = stage.steps().stream().map(Step::id)
                .filter(id -> RenamePairs.oldIdOf(stepIds, id).map(o -> oldStageOfStep.get(o)).map(stageIds::get)
                        .filter(stage.id()::equals).isPresent())
                .toList();
        List<String> oldOrder = oldId.isEmpty() ? List.of()
                : oldStages.get(oldId.get()).steps().stream().map(st -> stepIds.get(st.id()))
                .filter(id -> id != null && stayed.contains(id)).toList();
        Set<String> movedSteps = Moves.moved(oldOrder, stayed);
        for (Step step : stage.steps()) {
            if (newSteps.get(step.id()) != step) continue; // a duplicate id: `check` reports it
            step(stage, step, movedSteps.contains(step.id()));
        }
        oldId.ifPresent(id -> removedSteps(oldStages.get(id)));
    }

    private void step(Stage stage, Step step, boolean movedInStage) {
        Optional<String> oldId = RenamePairs.oldIdOf(stepIds, step.id());
        Subject s = subject(ElementKind.STEP, step.id(), step.title(), Optional.of(stage.id()));
        if (oldId.isEmpty()) {
            out.add(s, ChangeKind.ADDED);
            return;
        }
        Step before = oldSteps.get(oldId.get());
        String oldStage = oldStageOfStep.get(oldId.get());
        renamed(s, oldId.get());
        if (!stage.id().equals(stageIds.get(oldStage))) {
            out.add(s, ChangeKind.MOVED, "stage", Optional.of(oldStage), Optional.of(stage.id()));
        } else if (movedInStage) {
            out.add(s, ChangeKind.MOVED, "position", position(oldStages.get(oldStage).steps(), before),
                    position(stage.steps(), step));
        }
        ElementFields.step(step).diff(ElementFields.step(before), s, out);
        pains(before, step);
        metrics(before.metrics(), step.metrics(), Optional.of(step.id()));
        flow(step.id(), oldId.get());
    }

    /** The steps of an old stage that are gone, reported with the stage they were in. */
    private void removedSteps(Stage oldStage) {
        for (Step gone : oldStage.steps()) {
            if (stepIds.containsKey(gone.id()) || oldSteps.get(gone.id()) != gone) continue;
            out.add(subject(ElementKind.STEP, gone.id(), gone.title(), Optional.of(oldStage.id())), ChangeKind.REMOVED);
        }
    }

    /**
     * Pains of one step pair: by id where they have one, else by text; a pain that only
     * gained or lost its id (same text) is one change of its id.
     */
    private void pains(Step before, Step after) {
        Map<String, Pain> oldPains = painsByKey(before);
        Map<String, Pain> newPains = painsByKey(after);
        List<Pain> gone = new ArrayList<>();
        oldPains.forEach((k, p) -> {
            if (!newPains.containsKey(k)) gone.add(p);
        });
        for (Map.Entry<String, Pain> e : newPains.entrySet()) {
            Pain p = e.getValue();
            Subject s = subject(ElementKind.PAIN, painName(p), Optional.empty(), Optional.of(after.id()));
            Pain was = oldPains.get(e.getKey());
            if (was == null) {
                Optional<Pain> sameText = gone.stream().filter(g -> g.text().equals(p.text())).findFirst();
                if (sameText.isEmpty()) {
                    out.add(s, ChangeKind.ADDED);
                    continue;
                }
                was = sameText.get();
                gone.remove(was);
                out.add(s, ChangeKind.CHANGED, "id", was.id().map(i -> i.value()), p.id().map(i -> i.value()));
            }
            ElementFields.pain(p).diff(ElementFields.pain(was), s, out);
        }
        for (Pain p : gone) {
            out.add(subject(ElementKind.PAIN, painName(p), Optional.empty(), Optional.of(after.id())), ChangeKind.REMOVED);
        }
    }

    private static Map<String, Pain> painsByKey(Step step) {
        Map<String, Pain> pains = new LinkedHashMap<>();
        for (Pain p : step.pains()) pains.putIfAbsent(p.id().map(i -> "id:" + i.value()).orElse("text:" + p.text()), p);
        return pains;
    }

    private static String painName(Pain p) {
        return p.id().map(i -> i.value()).orElse(p.text());
    }

    private void metrics(List<Metric> before, List<Metric> after, Optional<String> step) {
        Map<String, Metric> oldByName = new LinkedHashMap<>();
        before.forEach(m -> oldByName.putIfAbsent(m.name(), m));
        Map<String, Metric> newByName = new LinkedHashMap<>();
        after.forEach(m -> newByName.putIfAbsent(m.name(), m));
        for (Metric m : newByName.values()) {
            Subject s = subject(ElementKind.METRIC, m.name(), Optional.empty(), step);
            Metric was = oldByName.get(m.name());
            if (was == null) {
                out.add(s, ChangeKind.ADDED, null, Optional.empty(), Optional.of(Values.metric(m)));
            } else {
                metricFields(m).diff(metricFields(was), s, out);
            }
        }
        for (Metric was : oldByName.values()) {
            if (newByName.containsKey(was.name())) continue;
            out.add(subject(ElementKind.METRIC, was.name(), Optional.empty(), step), ChangeKind.REMOVED, null,
                    Optional.of(Values.metric(was)), Optional.empty());
        }
    }

    private static FieldSet metricFields(Metric m) {
        return new FieldSet().scalar("value", Values.number(m.value())).scalar("target", m.target().map(Values::number));
    }

    /**
     * The outgoing flow of a step on both sides (old targets renamed to their new ids). Edges
     * of added and removed steps are not listed: they come and go with the step.
     */
    private void flow(String stepId, String oldStepId) {
        Map<String, FlowEdge> before = new LinkedHashMap<>();
        for (FlowEdge e : oldWorkspace.flow(old)) {
            if (!e.fromStep().equals(oldStepId)) continue;
            String target = e.toJourney().equals(old.id()) ? stepIds.getOrDefault(e.toStep(), e.toStep()) : e.toStep();
            String toJourney = e.toJourney().equals(old.id()) ? now.id() : e.toJourney();
            before.putIfAbsent(edgeName(stepId, toJourney, target), e);
        }
        Map<String, FlowEdge> after = new LinkedHashMap<>();
        for (FlowEdge e : newWorkspace.flow(now)) {
            if (e.fromStep().equals(stepId)) after.putIfAbsent(edgeName(stepId, e.toJourney(), e.toStep()), e);
        }
        for (Map.Entry<String, FlowEdge> e : after.entrySet()) {
            FlowEdge edge = e.getValue();
            Subject s = subject(ElementKind.FLOW, e.getKey(), Optional.empty(), Optional.of(stepId));
            FlowEdge was = before.get(e.getKey());
            Optional<String> share = edge.share().map(Values::number);
            if (was == null) {
                out.add(s, ChangeKind.ADDED, edgeField(edge), Optional.empty(), share);
            } else if (!was.share().map(Values::number).equals(share)) {
                out.add(s, ChangeKind.CHANGED, "share", was.share().map(Values::number), share);
            }
        }
        for (Map.Entry<String, FlowEdge> e : before.entrySet()) {
            if (after.containsKey(e.getKey())) continue;
            FlowEdge was = e.getValue();
            out.add(subject(ElementKind.FLOW, e.getKey(), Optional.empty(), Optional.of(stepId)), ChangeKind.REMOVED,
                    edgeField(was), was.share().map(Values::number), Optional.empty());
        }
    }

    private String edgeName(String from, String toJourney, String toStep) {
        return from + " -> " + (toJourney.equals(now.id()) ? toStep : toJourney + "." + toStep);
    }

    private static String edgeField(FlowEdge e) {
        return e.explicit() ? "next" : ChangeLevels.DEFAULT_EDGE;
    }

    private void opportunities() {
        Map<String, Opportunity> before = new LinkedHashMap<>();
        old.opportunities().forEach(o -> before.putIfAbsent(o.id(), o));
        Map<String, Opportunity> after = new LinkedHashMap<>();
        now.opportunities().forEach(o -> after.putIfAbsent(o.id(), o));
        Map<String, String> ids = new LinkedHashMap<>();
        RenamePairs.match(before, after, ids, ElementFields::opportunity, Opportunity::title);
        for (Opportunity o : after.values()) {
            Subject s = subject(ElementKind.OPPORTUNITY, o.id(), o.title(), Optional.empty());
            Optional<String> oldId = RenamePairs.oldIdOf(ids, o.id());
            if (oldId.isEmpty()) {
                out.add(s, ChangeKind.ADDED);
                continue;
            }
            renamed(s, oldId.get());
            ElementFields.opportunity(o).diff(ElementFields.opportunity(before.get(oldId.get())), s, out);
        }
        for (Opportunity o : before.values()) {
            if (!ids.containsKey(o.id())) out.add(subject(ElementKind.OPPORTUNITY, o.id(), o.title(), Optional.empty()), ChangeKind.REMOVED);
        }
    }

    private void renamed(Subject s, String oldId) {
        if (!oldId.equals(s.id())) out.add(s, ChangeKind.RENAMED, "id", Optional.of(oldId), Optional.of(s.id()));
    }

    /** The old order of the elements present on both sides, under their new ids. */
    private static List<String> commonOrder(List<String> oldOrder, Map<String, String> ids, Set<String> present) {
        return oldOrder.stream().map(ids::get).filter(id -> id != null && present.contains(id)).distinct().toList();
    }

    private static <T> Optional<String> position(List<T> list, T element) {
        return Optional.of(String.valueOf(list.indexOf(element) + 1));
    }

    private Subject subject(ElementKind kind, String id, Optional<String> title, Optional<String> parent) {
        return Subject.of(now.id(), kind, id, title, parent);
    }

    private static Object stageContent(Stage s) {
        return List.of(ElementFields.stage(s), s.steps().stream().map(Step::id).toList());
    }

    /** A step's content for rename pairing: its fields, pains, metrics and `next`, but not its id. */
    static Object stepContent(Step s) {
        return List.of(ElementFields.step(s),
                s.pains().stream().map(p -> List.of(p.id().map(i -> i.value()).orElse(""), ElementFields.pain(p))).toList(),
                s.metrics().stream().map(m -> m.name() + "=" + Values.metric(m)).toList(),
                s.next().stream().map(n -> n.step().map(r -> r.text()).orElse("end") + n.share().map(Values::number).orElse("")).toList());
    }
}
