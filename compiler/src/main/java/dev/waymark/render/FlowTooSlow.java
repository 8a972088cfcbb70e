package dev.waymark.render;

import java.io.IOException;
import java.time.Duration;

/** Graphviz was stopped, or given up on, at the time limit for one flow graph; the limit it met goes into the message. */
final class FlowTooSlow extends IOException {
    private final transient Duration limit;

    FlowTooSlow(Duration limit) {
        super("Graphviz took longer than " + text(limit) + " to lay out the flow graph");
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    static String text(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
