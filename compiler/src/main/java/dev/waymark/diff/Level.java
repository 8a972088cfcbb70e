package dev.waymark.diff;

import java.util.Locale;

/** How much a change matters to a reviewer; ordered so that {@code BREAKING.atLeast(NOTABLE)}. The rules are in {@link ChangeLevels}. */
public enum Level {
    INFO, NOTABLE, BREAKING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    public static Level parse(String text) {
        for (Level l : values()) {
            if (l.label().equals(text.trim().toLowerCase(Locale.ROOT))) return l;
        }
        throw new IllegalArgumentException("'" + text + "' is not a change level (breaking, notable, info)");
    }
}
