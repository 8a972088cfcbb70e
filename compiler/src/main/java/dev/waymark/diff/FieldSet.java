package dev.waymark.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An element's comparable content as named, printable values: scalars (a title, an owner)
 * and item lists compared as sets (thoughts, tags, members), so that adding one thought is
 * one change, not a rewrite of the list. Source positions never enter, so equal content
 * gives equal sets whatever the layout: the basis of both field diffs and rename detection.
 */
final class FieldSet {
    private final Map<String, Optional<String>> scalars = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();

    FieldSet scalar(String name, Optional<String> value) {
        scalars.put(name, value.filter(v -> !v.isEmpty()));
        return this;
    }

    FieldSet scalar(String name, String value) {
        return scalar(name, Optional.ofNullable(value));
    }

    FieldSet items(String name, List<String> values) {
        lists.put(name, List.copyOf(new LinkedHashSet<>(values)));
        return this;
    }

    Optional<String> get(String name) {
        return scalars.getOrDefault(name, Optional.empty());
    }

    /** The changes from {@code old} to this set, scalars first, each list item on its own. */
    void diff(FieldSet old, Subject subject, Changes out) {
        List<String> names = new ArrayList<>(old.scalars.keySet());
        for (String n : scalars.keySet()) if (!names.contains(n)) names.add(n);
        for (String name : names) {
            Optional<String> before = old.scalars.getOrDefault(name, Optional.empty());
            Optional<String> after = scalars.getOrDefault(name, Optional.empty());
            if (!before.equals(after)) out.add(subject, ChangeKind.CHANGED, name, before, after);
        }
        List<String> listNames = new ArrayList<>(old.lists.keySet());
        for (String n : lists.keySet()) if (!listNames.contains(n)) listNames.add(n);
        for (String name : listNames) {
            List<String> before = old.lists.getOrDefault(name, List.of());
            List<String> after = lists.getOrDefault(name, List.of());
            for (String item : before) {
                if (!after.contains(item)) out.add(subject, ChangeKind.CHANGED, name, Optional.of(item), Optional.empty());
            }
            for (String item : after) {
                if (!before.contains(item)) out.add(subject, ChangeKind.CHANGED, name, Optional.empty(), Optional.of(item));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldSet f && scalars.equals(f.scalars) && setsEqual(lists, f.lists);
    }

    private static boolean setsEqual(Map<String, List<String>> a, Map<String, List<String>> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (var e : a.entrySet()) {
            if (!new LinkedHashSet<>(e.getValue()).equals(new LinkedHashSet<>(b.get(e.getKey())))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = scalars.hashCode();
        for (var e : lists.entrySet()) h = 31 * h + Objects.hash(e.getKey(), new LinkedHashSet<>(e.getValue()));
        return h;
    }
}
