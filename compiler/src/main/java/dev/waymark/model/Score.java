package dev.waymark.model;

import java.util.Objects;
import java.util.Optional;

/** `importance customer 5 internal 3` or `performance ...`: 1..5 each, either may be absent (held nullable: see {@link Spanned}). */
public final class Score extends Spanned {
    private final Measure customer;
    private final Measure internal;

    public Score(Optional<Measure> customer, Optional<Measure> internal, SourceSpan span) {
        super(span);
        this.customer = customer.orElse(null);
        this.internal = internal.orElse(null);
    }

    public Optional<Measure> customer() {
        return Optional.ofNullable(customer);
    }

    public Optional<Measure> internal() {
        return Optional.ofNullable(internal);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Score x && Objects.equals(customer, x.customer) && Objects.equals(internal, x.internal) && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, internal) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "Score[customer=" + customer() + ", internal=" + internal() + ", span=" + span() + "]";
    }
}
