package dev.waymark.diff;

import java.util.Optional;

/**
 * One semantic change.
 *
 * @param journey the journey it belongs to; empty for personas and teams (workspace-wide)
 * @param element what kind of element changed
 * @param id      the element's id on the new side (the old one when it was removed); a pain
 *                without an id is named by its text, a metric by its name, a flow edge as `from -> to`
 * @param title   the element's display title, where it has one, for readers
 * @param parent  where the element sits: a step's stage, a pain's or metric's step
 * @param change  added, removed, changed, moved or renamed
 * @param field   for changed and moved: which field (`owner`, `emotion`, `stage`, `position`, ...);
 *                for renamed: `id`
 * @param before  the old value; empty when the field was not set (or a list item was added)
 * @param after   the new value; empty when the field was removed (or a list item was removed)
 * @param level   breaking, notable or info, from {@link ChangeLevels}
 */
public record Change(Optional<String> journey, ElementKind element, String id, Optional<String> title,
                     Optional<String> parent, ChangeKind change, Optional<String> field,
                     Optional<String> before, Optional<String> after, Level level) {

    /** A one-line description of what happened, without the element: "owner removed: @a", "emotion: -2 → +1". */
    public String summary() {
        switch (change) {
            case ADDED:
                return "added" + after.map(v -> ": " + v).orElse("");
            case REMOVED:
                return "removed" + before.map(v -> " (was " + v + ")").orElse("");
            case RENAMED:
                return "renamed from " + before.orElse("?");
            case MOVED:
                return "moved: " + field.orElse("") + " " + before.orElse("?") + " → " + after.orElse("?");
            default:
                String f = field.orElse("");
                if (before.isEmpty()) return f + " added: " + after.orElse("");
                if (after.isEmpty()) return f + " removed: " + before.get();
                return f + ": " + before.get() + " → " + after.get();
        }
    }
}
