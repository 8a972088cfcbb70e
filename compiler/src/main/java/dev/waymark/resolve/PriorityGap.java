package dev.waymark.resolve;

import dev.waymark.model.Measure;

/**
 * A step's customer importance against its customer performance (both 1..5): the gap the
 * priority matrix plots. Important (4 or more) and poorly rated (2 or less) is where to act first.
 */
public record PriorityGap(Measure importance, Measure performance) {

    public double size() {
        return importance.value() - performance.value();
    }

    public boolean actFirst() {
        return importance.value() >= 4 && performance.value() <= 2;
    }
}
