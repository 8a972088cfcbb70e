package dev.waymark.model;

import java.util.Optional;

/** A pain point: an optional id (so opportunities can address it), its text, severity and category. */
public record Pain(Optional<Located<String>> id, String text, Optional<Located<String>> severity,
                   Optional<String> category, SourceSpan span) {

    public static final java.util.List<String> SEVERITIES = java.util.List.of("low", "medium", "high", "critical");

    public Optional<String> severityName() {
        return severity.map(Located::value);
    }
}
