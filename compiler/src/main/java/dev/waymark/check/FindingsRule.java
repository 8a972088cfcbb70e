package dev.waymark.check;

import dev.waymark.model.Diagnostic;

import java.util.List;
import java.util.function.Consumer;

/**
 * A rule about the other rules' findings rather than the map itself, e.g. a suppression that
 * silences nothing. It runs after every ordinary rule and sees their diagnostics before
 * suppressions apply; its own diagnostics cannot be suppressed.
 */
public interface FindingsRule extends Rule {

    void audit(CheckContext context, Rules rules, List<Diagnostic> findings, Consumer<Diagnostic> report);

    /** Findings rules have nothing to say before the others ran. */
    @Override
    default void check(CheckContext context, Consumer<Diagnostic> report) {
    }
}
