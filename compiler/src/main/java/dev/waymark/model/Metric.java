package dev.waymark.model;

import java.util.Objects;
import java.util.Optional;

/** `metric nps = 31 target 40`. */
public final class Metric extends Spanned {
    private final String name;
    private final Measure value;
    private final Measure target;

    public Metric(String name, Measure value, Optional<Measure> target, SourceSpan span) {
        super(span);
        this.name = name;
        this.value = value;
        this.target = target.orElse(null);
    }

    public String name() {
        return name;
    }

    public Measure value() {
        return value;
    }

    public Optional<Measure> target() {
        return Optional.ofNullable(target);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Metric x
                && Objects.equals(name, x.name)
                && Objects.equals(value, x.value)
                && Objects.equals(target, x.target)
                && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, target) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "Metric[name=" + name() + ", value=" + value() + ", target=" + target() + ", span=" + span() + "]";
    }
}
