package dev.waymark.resolve;

import dev.waymark.model.Journey;
import dev.waymark.model.Step;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which steps customers can reach: from a journey's first step, and from every step another
 * journey hands over to (`next other.step`), along the flow edges. Computed once per workspace.
 */
final class Reachability {
    private Reachability() {
    }

    static Map<Journey, Set<String>> of(List<Journey> journeys, Map<Journey, List<FlowEdge>> flows) {
        Map<String, List<String>> entries = new HashMap<>();
        for (Journey journey : journeys) {
            for (FlowEdge e : flows.get(journey)) {
                if (!e.toJourney().equals(journey.id())) entries.computeIfAbsent(e.toJourney(), k -> new ArrayList<>()).add(e.toStep());
            }
        }
        Map<Journey, Set<String>> reached = new IdentityHashMap<>();
        for (Journey journey : journeys) {
            List<Step> steps = journey.steps().toList();
            if (steps.isEmpty()) {
                reached.put(journey, Set.of());
                continue;
            }
            Deque<String> todo = new ArrayDeque<>();
            todo.add(steps.get(0).id());
            todo.addAll(entries.getOrDefault(journey.id(), List.of()));
            reached.put(journey, reach(todo, flows.get(journey), journey.id()));
        }
        return reached;
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
