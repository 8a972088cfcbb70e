package dev.waymark.model;

/** How much a pain hurts, in order, so that `atLeast(HIGH)` reads as it says. */
public enum PainSeverity implements Vocabulary {
    LOW, MEDIUM, HIGH, CRITICAL;

    private final String word = Vocabulary.spelling(this);

    @Override
    public String word() {
        return word;
    }

    /** 1 (low) .. 4 (critical). */
    public int level() {
        return ordinal() + 1;
    }

    public boolean atLeast(PainSeverity other) {
        return compareTo(other) >= 0;
    }
}
