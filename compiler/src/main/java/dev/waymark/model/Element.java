package dev.waymark.model;

import java.util.List;

/** Anything with an id that a map declares: what diagnostics, diffs and renderings point at. */
public sealed interface Element permits Declaration, Stage, Step, Opportunity {

    /** The id as written (for a team, the handle without `@`). */
    String id();

    /** The whole declaration, braces included. */
    SourceSpan span();

    /** Just the id, where a caret should point. */
    SourceSpan idSpan();

    /** `journey`, `stage`, `step`, `persona`, `team` or `opportunity`. */
    String kind();

    List<ExtraProperty> extras();
}
