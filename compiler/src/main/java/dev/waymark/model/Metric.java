package dev.waymark.model;

import java.util.Optional;

/** `metric nps = 31 target 40`. */
public record Metric(String name, Measure value, Optional<Measure> target, SourceSpan span) {
}
