package dev.waymark.model;

/** Which map this is: the journey as it is, as it should be, a draft, or retired. */
public enum JourneyState implements Vocabulary {
    CURRENT, FUTURE, DRAFT, RETIRED;

    private final String word = Vocabulary.spelling(this);

    @Override
    public String word() {
        return word;
    }
}
