package dev.waymark.model;

import java.util.Locale;

/** How a step reaches the customer: peripheral, external or internal. */
public enum Touchpoint implements Vocabulary {
    PERIPHERAL, EXTERNAL, INTERNAL;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
