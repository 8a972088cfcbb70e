package dev.waymark.model;

import java.util.Objects;
import java.util.Optional;

/** `id` or `journeyId.elementId`: a step, stage, pain, opportunity or persona named elsewhere. */
public final class Reference extends Spanned {
    private final String journey;
    private final String id;

    public Reference(Optional<String> journey, String id, SourceSpan span) {
        super(span);
        this.journey = journey.orElse(null);
        this.id = id;
    }

    public Optional<String> journey() {
        return Optional.ofNullable(journey);
    }

    public String id() {
        return id;
    }

    public String text() {
        return journey == null ? id : journey + "." + id;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Reference x && Objects.equals(journey, x.journey) && Objects.equals(id, x.id) && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(journey, id) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "Reference[journey=" + journey() + ", id=" + id() + ", span=" + span() + "]";
    }
}
