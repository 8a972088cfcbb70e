package dev.waymark.model;

import java.util.Objects;
import java.util.Optional;

/** One successor in `next a 70%, b 10%`; the reference is empty for `next end`. */
public final class NextTarget extends Spanned {
    private final Reference step;
    private final Measure share;

    public NextTarget(Optional<Reference> step, Optional<Measure> share, SourceSpan span) {
        super(span);
        this.step = step.orElse(null);
        this.share = share.orElse(null);
    }

    public Optional<Reference> step() {
        return Optional.ofNullable(step);
    }

    public Optional<Measure> share() {
        return Optional.ofNullable(share);
    }

    public boolean isEnd() {
        return step == null;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof NextTarget x && Objects.equals(step, x.step) && Objects.equals(share, x.share) && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, share) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "NextTarget[step=" + step() + ", share=" + share() + ", span=" + span() + "]";
    }
}
