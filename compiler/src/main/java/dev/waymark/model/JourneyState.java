package dev.waymark.model;

import java.util.Locale;

/** Which map this is: the journey as it is, as it should be, a draft, or retired. */
public enum JourneyState implements Vocabulary {
    CURRENT, FUTURE, DRAFT, RETIRED;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
