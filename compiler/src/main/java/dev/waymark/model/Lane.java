package dev.waymark.model;

/** The service-blueprint lane of a step; a step without `lane` is the customer's own action. */
public enum Lane implements Vocabulary {
    CUSTOMER, FRONTSTAGE, BACKSTAGE, SUPPORT;

    private final String word = Vocabulary.spelling(this);

    @Override
    public String word() {
        return word;
    }
}
