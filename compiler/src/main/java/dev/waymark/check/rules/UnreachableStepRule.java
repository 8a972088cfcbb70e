package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.Severity;
import dev.waymark.model.Step;
import dev.waymark.resolve.FlowEdge;
import dev.waymark.resolve.Workspace;

import java.util.*;
import java.util.function.Consumer;

/**
 * A step that no path from the journey's first step reaches, following `next` (and the default
 * flow to the following step). A step that another journey's `next` leads into counts as an
 * entry point of its own.
 */
public final class UnreachableStepRule implements Rule {
    @Override
    public String id() {
        return "unreachable-step";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "no path from the journey's first step reaches this step";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Workspace ws = context.workspace();
        List<Journey> journeys = ws.allJourneys();
        Map<Journey, List<FlowEdge>> flows = new IdentityHashMap<>();
        // steps that another journey hands over to (`next other.step`) are entry points too; one pass over all edges
        Map<String, List<String>> entries = new HashMap<>();
        for (Journey journey : journeys) {
            List<FlowEdge> edges = ws.flow(journey);
            flows.put(journey, edges);
            for (FlowEdge e : edges) {
                if (!e.toJourney().equals(journey.id())) entries.computeIfAbsent(e.toJourney(), k -> new ArrayList<>()).add(e.toStep());
            }
        }
        for (Journey journey : journeys) {
            List<Step> steps = journey.steps().toList();
            if (steps.isEmpty()) continue;
            Deque<String> todo = new ArrayDeque<>();
            todo.add(steps.get(0).id());
            todo.addAll(entries.getOrDefault(journey.id(), List.of()));
            Set<String> reached = reach(todo, flows.get(journey), journey.id());
            String first = steps.get(0).id();
            for (Step step : steps) {
                if (reached.contains(step.id())) continue;
                report.accept(problem(step.idSpan(), "no path from the first step `" + first + "` of journey `" + journey.id()
                                + "` reaches step `" + step.id() + "`, so no customer ever gets there")
                        .withHelp("add `next " + step.id() + "` to the step customers come from, or remove the step"));
            }
        }
    }

    private static Set<String> reach(Deque<String> todo, List<FlowEdge> edges, String journey) {
        Map<String, List<String>> out = new HashMap<>();
        for (FlowEdge e : edges) {
            if (e.toJourney().equals(journey)) out.computeIfAbsent(e.fromStep(), k -> new ArrayList<>()).add(e.toStep());
        }
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String step = todo.poll();
            if (reached.add(step)) todo.addAll(out.getOrDefault(step, List.of()));
        }
        return reached;
    }
}
