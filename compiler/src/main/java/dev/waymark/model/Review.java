package dev.waymark.model;

import java.util.Optional;

/** `reviewed 2026-10-15 by @dana`: the last full review of a map. */
public record Review(DateValue date, Optional<Located<String>> by, SourceSpan span) {
}
