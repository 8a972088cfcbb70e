package dev.waymark.model;

import java.util.Locale;

/** Where an opportunity stands; a `dropped` one addresses nothing any more. */
public enum OpportunityStatus implements Vocabulary {
    IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
