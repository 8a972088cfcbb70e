package dev.waymark.model;

import java.util.Optional;

/** `dropoff 20% "Abandons the cart"`: the share of customers who leave at this step. */
public record Dropoff(Measure share, Optional<String> reason, SourceSpan span) {
}
