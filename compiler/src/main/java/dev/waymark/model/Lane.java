package dev.waymark.model;

import java.util.Locale;

/** The service-blueprint lane of a step; a step without `lane` is the customer's own action. */
public enum Lane implements Vocabulary {
    CUSTOMER, FRONTSTAGE, BACKSTAGE, SUPPORT;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
