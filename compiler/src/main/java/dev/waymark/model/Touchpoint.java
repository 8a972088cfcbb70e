package dev.waymark.model;

/** How a step reaches the customer: peripheral, external or internal. */
public enum Touchpoint implements Vocabulary {
    PERIPHERAL, EXTERNAL, INTERNAL;

    private final String word = Vocabulary.spelling(this);

    @Override
    public String word() {
        return word;
    }
}
