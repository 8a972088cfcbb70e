package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.model.Suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every rule over a workspace, applies the policy's severities and `rules: off`, drops
 * what suppressions silence, and returns the diagnostics in their canonical order.
 */
public final class Checker {
    private Checker() {
    }

    public static List<Diagnostic> run(CheckContext context, Rules rules) {
        List<Diagnostic> raw = new ArrayList<>();
        for (Rule rule : rules.all()) {
            Optional<Severity> level = context.policy().severityOf(rule.id(), rule.defaultSeverity());
            if (level.isEmpty()) continue;
            Severity severity = level.get();
            rule.check(context, d -> raw.add(d.severity() == severity ? d : d.withSeverity(severity)));
        }
        List<Suppression> suppressions = context.workspace().files().stream()
                .flatMap(f -> f.file().suppressions().stream()).toList();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : raw) {
            if (!silenced(d, suppressions)) kept.add(d);
        }
        kept.sort(Diagnostic.ORDER);
        return List.copyOf(kept);
    }

    static boolean silenced(Diagnostic d, List<Suppression> suppressions) {
        if (d.rule().equals("syntax")) return false;
        for (Suppression s : suppressions) {
            if (s.target().isPresent() && s.rules().contains(d.rule()) && s.target().get().contains(d.span())) return true;
        }
        return false;
    }
}
