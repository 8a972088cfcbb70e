package dev.waymark.resolve;

import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journey hierarchy that `expands` draws: a step is detailed by another journey, one level
 * down. Built once per workspace from the binder's `expands` targets ({@link Bindings#expansion}):
 * expansions to unknown journeys are left out (they are `unresolved-reference`), and an expansion that closes a cycle is left out of the tree and
 * reported (`expansion-cycle`) with the whole cycle, so what remains is acyclic. Roots are the
 * journeys no step expands into; a journey's level is 1 for a root, else one more than its
 * shallowest parent.
 */
public final class Hierarchy {
    /** A step that expands into `child`. */
    public record Expansion(Journey parent, Stage stage, Step step, Located<String> child) {
        public String childId() {
            return child.value();
        }
    }

    /** A cycle of journeys, `a → b → c → a` as [a, b, c, a], and the expansion that closes it. */
    public record Cycle(List<String> journeys, Expansion closing) {
    }

    private final Map<String, List<Expansion>> children = new LinkedHashMap<>();
    private final Map<String, List<Expansion>> parents = new LinkedHashMap<>();
    private final List<Cycle> cycles = new ArrayList<>();
    private final Map<String, Integer> levels = new LinkedHashMap<>();
    private final List<String> roots = new ArrayList<>();

    Hierarchy(Map<String, Journey> journeys, Bindings bindings) {
        Map<String, List<Expansion>> all = new LinkedHashMap<>();
        for (Journey j : journeys.values()) {
            List<Expansion> out = new ArrayList<>();
            for (Stage stage : j.stages()) {
                for (Step step : stage.steps()) {
                    if (bindings.expansion(step).orElse(null) instanceof Target.JourneyTarget) {
                        out.add(new Expansion(j, stage, step, step.expands().orElseThrow()));
                    }
                }
            }
            all.put(j.id(), out);
        }
        Set<Expansion> closing = findCycles(journeys.keySet(), all);
        for (String id : journeys.keySet()) {
            children.put(id, new ArrayList<>());
            parents.put(id, new ArrayList<>());
        }
        for (List<Expansion> out : all.values()) {
            for (Expansion e : out) {
                if (closing.contains(e)) continue;
                children.get(e.parent().id()).add(e);
                parents.get(e.childId()).add(e);
            }
        }
        for (String id : journeys.keySet()) if (parents.get(id).isEmpty()) roots.add(id);
        Deque<String> queue = new ArrayDeque<>(roots);
        roots.forEach(r -> levels.put(r, 1));
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            for (Expansion e : children.get(id)) {
                if (levels.containsKey(e.childId())) continue;
                levels.put(e.childId(), levels.get(id) + 1);
                queue.addLast(e.childId());
            }
        }
    }

    /** Depth-first in file order; each back edge closes one cycle, reported once. */
    private Set<Expansion> findCycles(Set<String> ids, Map<String, List<Expansion>> all) {
        Set<Expansion> closing = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, Integer> state = new HashMap<>();
        Set<List<String>> seen = new HashSet<>();
        for (String start : ids) {
            if (state.containsKey(start)) continue;
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.addLast(start);
            next.addLast(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                String id = path.peekLast();
                int i = next.removeLast();
                List<Expansion> out = all.get(id);
                if (i >= out.size()) {
                    state.put(id, 2);
                    path.removeLast();
                    continue;
                }
                next.addLast(i + 1);
                Expansion e = out.get(i);
                Integer s = state.get(e.childId());
                if (s == null) {
                    state.put(e.childId(), 1);
                    path.addLast(e.childId());
                    next.addLast(0);
                } else if (s == 1) {
                    closing.add(e);
                    List<String> onPath = new ArrayList<>(path);
                    List<String> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(e.childId()), onPath.size()));
                    cycle.add(e.childId());
                    if (seen.add(canonical(cycle))) cycles.add(new Cycle(List.copyOf(cycle), e));
                }
            }
        }
        return closing;
    }

    /** The cycle rotated to start at its smallest id, so one cycle is reported once. */
    private static List<String> canonical(List<String> cycle) {
        List<String> ring = cycle.subList(0, cycle.size() - 1);
        int start = ring.indexOf(Collections.min(ring));
        List<String> out = new ArrayList<>(ring.subList(start, ring.size()));
        out.addAll(ring.subList(0, start));
        return out;
    }

    public List<Expansion> children(String journeyId) {
        return List.copyOf(children.getOrDefault(journeyId, List.of()));
    }

    public List<Expansion> parents(String journeyId) {
        return List.copyOf(parents.getOrDefault(journeyId, List.of()));
    }

    /** Journeys no step expands into, in file order. */
    public List<String> roots() {
        return List.copyOf(roots);
    }

    /** 1 for a root; empty for a journey reachable only through a cycle. */
    public Optional<Integer> level(String journeyId) {
        return Optional.ofNullable(levels.get(journeyId));
    }

    public List<Cycle> cycles() {
        return List.copyOf(cycles);
    }
}
