package dev.waymark.model;

import java.util.Objects;
import java.util.Optional;

/** `dropoff 20% "Abandons the cart"`: the share of customers who leave at this step. */
public final class Dropoff extends Spanned {
    private final Measure share;
    private final String reason;

    public Dropoff(Measure share, Optional<String> reason, SourceSpan span) {
        super(span);
        this.share = share;
        this.reason = reason.orElse(null);
    }

    public Measure share() {
        return share;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Dropoff x && Objects.equals(share, x.share) && Objects.equals(reason, x.reason) && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(share, reason) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "Dropoff[share=" + share() + ", reason=" + reason() + ", span=" + span() + "]";
    }
}
