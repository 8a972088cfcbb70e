package dev.waymark.model;

import java.util.Objects;
import java.util.Optional;

/** `emotion -2 "Annoyed" -> +1`: the score now (-3..+3), a label, and the desired score. */
public final class Emotion extends Spanned {
    private final Measure score;
    private final String label;
    private final Measure target;

    public Emotion(Measure score, Optional<String> label, Optional<Measure> target, SourceSpan span) {
        super(span);
        this.score = score;
        this.label = label.orElse(null);
        this.target = target.orElse(null);
    }

    public Measure score() {
        return score;
    }

    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    public Optional<Measure> target() {
        return Optional.ofNullable(target);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Emotion x
                && Objects.equals(score, x.score)
                && Objects.equals(label, x.label)
                && Objects.equals(target, x.target)
                && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(score, label, target) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "Emotion[score=" + score() + ", label=" + label() + ", target=" + target() + ", span=" + span() + "]";
    }
}
