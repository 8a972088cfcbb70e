package dev.waymark.model;

/** Where an opportunity stands; a `dropped` one addresses nothing any more. */
public enum OpportunityStatus implements Vocabulary {
    IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED;

    private final String word = Vocabulary.spelling(this);

    @Override
    public String word() {
        return word;
    }
}
