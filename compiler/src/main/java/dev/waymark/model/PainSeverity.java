package dev.waymark.model;

import java.util.Locale;

/** How much a pain hurts, in order, so that `atLeast(HIGH)` reads as it says. */
public enum PainSeverity implements Vocabulary {
    LOW, MEDIUM, HIGH, CRITICAL;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** 1 (low) .. 4 (critical). */
    public int level() {
        return ordinal() + 1;
    }

    public boolean atLeast(PainSeverity other) {
        return compareTo(other) >= 0;
    }
}
