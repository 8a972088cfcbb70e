package dev.waymark.diff;

import java.util.Locale;

/**
 * What happened to an element. {@code CHANGED} is one field with its old and new value;
 * {@code MOVED} is a step in another stage or at another position, or a reordered stage;
 * {@code RENAMED} is the same content under a new id (see {@link RenamePairs}).
 */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED, MOVED, RENAMED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
