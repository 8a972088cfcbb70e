package dev.waymark.model;

import java.util.Objects;

/** Free metadata: any property named `x-...`, kept with its value as written. */
public final class ExtraProperty extends Spanned {
    private final String name;
    private final String value;

    public ExtraProperty(String name, String value, SourceSpan span) {
        super(span);
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ExtraProperty x && Objects.equals(name, x.name) && Objects.equals(value, x.value) && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "ExtraProperty[name=" + name() + ", value=" + value() + ", span=" + span() + "]";
    }
}
