package dev.waymark.diff;

import java.util.Optional;

/** The element a run of changes is about: its journey, kind, id, title and parent. */
record Subject(Optional<String> journey, ElementKind kind, String id, Optional<String> title, Optional<String> parent) {

    static Subject of(String journey, ElementKind kind, String id, Optional<String> title, Optional<String> parent) {
        return new Subject(Optional.ofNullable(journey), kind, id, title, parent);
    }
}
