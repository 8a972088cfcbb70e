package dev.waymark.model;

import java.util.Optional;

/** `emotion -2 "Annoyed" -> +1`: the score now (-3..+3), a label, and the desired score. */
public record Emotion(Measure score, Optional<String> label, Optional<Measure> target, SourceSpan span) {
}
