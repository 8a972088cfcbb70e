package dev.waymark.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects changes in the order the differ finds them, each with its level from {@link ChangeLevels}. */
final class Changes {
    private final List<Change> list = new ArrayList<>();

    void add(Subject s, ChangeKind kind, String field, Optional<String> before, Optional<String> after) {
        Optional<String> f = Optional.ofNullable(field);
        Level level = ChangeLevels.level(s.kind(), kind, f, before, after);
        list.add(new Change(s.journey(), s.kind(), s.id(), s.title(), s.parent(), kind, f, before, after, level));
    }

    void add(Subject s, ChangeKind kind) {
        add(s, kind, null, Optional.empty(), Optional.empty());
    }

    List<Change> list() {
        return List.copyOf(list);
    }
}
