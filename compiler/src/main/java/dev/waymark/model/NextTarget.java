package dev.waymark.model;

import java.util.Optional;

/** One successor in `next a 70%, b 10%`; the reference is empty for `next end`. */
public record NextTarget(Optional<Reference> step, Optional<Measure> share, SourceSpan span) {

    public boolean isEnd() {
        return step.isEmpty();
    }
}
