package dev.waymark.diff;

import java.util.Locale;

/** The kinds of element a diff reports on. Personas and teams belong to the workspace, the rest to a journey. */
public enum ElementKind {
    JOURNEY, STAGE, STEP, PAIN, METRIC, FLOW, OPPORTUNITY, PERSONA, TEAM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
