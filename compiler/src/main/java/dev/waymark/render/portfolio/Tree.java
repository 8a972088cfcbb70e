package dev.waymark.render.portfolio;

import dev.waymark.render.JourneyView;
import dev.waymark.resolve.Hierarchy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rendered journeys in hierarchy order: depth first from the roots (in file order), each
 * journey's children in the order of the steps that expand into them, each journey once, at
 * its first place. Links to journeys that were not rendered are left out.
 */
public final class Tree {
    /** A step that expands: in `parents`, the parent journey's step; in `children`, this journey's step and the child. */
    public record Link(String journey, String stage, String step, String stepTitle, String child) {
    }

    /** `level`: 1 for a root, else one more than the shallowest parent; `depth`: how deep the tree prints it (0 at a root). */
    public record Node(JourneyView view, int level, int depth, List<Link> parents, List<Link> children) {
        public String id() {
            return view.id();
        }
    }

    private Tree() {
    }

    static List<Node> of(List<JourneyView> views) {
        if (views.isEmpty()) return List.of();
        Map<String, JourneyView> byId = new LinkedHashMap<>();
        for (JourneyView v : views) byId.putIfAbsent(v.id(), v);
        Hierarchy h = views.get(0).workspace().hierarchy();
        List<Node> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> starts = new ArrayList<>(h.roots());
        starts.addAll(byId.keySet());
        for (String root : starts) {
            Deque<Map.Entry<String, Integer>> stack = new ArrayDeque<>();
            stack.push(Map.entry(root, 0));
            while (!stack.isEmpty()) {
                Map.Entry<String, Integer> top = stack.pop();
                String id = top.getKey();
                if (!seen.add(id)) continue;
                JourneyView v = byId.get(id);
                int depth = v == null ? top.getValue() : top.getValue() + 1;
                List<Hierarchy.Expansion> children = h.children(id);
                for (int i = children.size() - 1; i >= 0; i--) stack.push(Map.entry(children.get(i).childId(), v == null ? top.getValue() : depth));
                if (v == null) continue;
                out.add(new Node(v, h.level(id).orElse(1), top.getValue(), links(h.parents(id), byId), links(children, byId)));
            }
        }
        return List.copyOf(out);
    }

    private static List<Link> links(List<Hierarchy.Expansion> expansions, Map<String, JourneyView> rendered) {
        List<Link> out = new ArrayList<>();
        for (Hierarchy.Expansion e : expansions) {
            if (!rendered.containsKey(e.parent().id()) || !rendered.containsKey(e.childId())) continue;
            out.add(new Link(e.parent().id(), e.stage().id(), e.step().id(), e.step().displayTitle(), e.childId()));
        }
        return List.copyOf(out);
    }
}
