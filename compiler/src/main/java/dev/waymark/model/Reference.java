package dev.waymark.model;

import java.util.Optional;

/** `id` or `journeyId.elementId`: a step, stage, pain, opportunity or persona named elsewhere. */
public record Reference(Optional<String> journey, String id, SourceSpan span) {

    public String text() {
        return journey.map(j -> j + "." + id).orElse(id);
    }
}
