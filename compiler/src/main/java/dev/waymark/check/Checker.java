package dev.waymark.check;

import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.Suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs every rule over a workspace, applies the policy's severities and `rules: off`, drops
 * what suppressions silence, and returns the diagnostics in their canonical order. Rules about
 * findings ({@link FindingsRule}, e.g. unused suppressions) run last, on the unsuppressed list.
 * Last, {@link KnockOns} drops what a cause (a syntax error, an unresolved reference, an invalid
 * value) made unknowable, so the cause is reported once and alone.
 */
public final class Checker {
    private Checker() {
    }

    public static List<Diagnostic> run(CheckContext context, Rules rules) {
        return settle(context.workspace(), findings(context, rules));
    }

    /**
     * What the rules report, at the policy's severities, without what suppressions silence, before
     * knock-ons are dropped: the language server keeps these per file and settles them together.
     */
    public static List<Diagnostic> findings(CheckContext context, Rules rules) {
        List<FindingsRule> audits = new ArrayList<>();
        List<Rule> checks = new ArrayList<>();
        for (Rule rule : rules.all()) {
            if (rule instanceof FindingsRule f) audits.add(f);
            else checks.add(rule);
        }
        // rules only read the workspace and each instance runs once, so they run side by side;
        // the final sort makes the output independent of which finished first
        List<Diagnostic> raw = checks.parallelStream().flatMap(rule -> {
            List<Diagnostic> found = new ArrayList<>();
            at(context, rule, found::add).ifPresent(sink -> rule.check(context, sink));
            return found.stream();
        }).toList();
        Map<String, List<Suppression>> suppressions = new HashMap<>();
        for (var file : context.workspace().files()) {
            if (!file.file().suppressions().isEmpty()) suppressions.put(file.source().path(), file.file().suppressions());
        }
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : raw) {
            if (!silenced(d, suppressions.getOrDefault(d.span().file(), List.of()))) kept.add(d);
        }
        List<Diagnostic> findings = List.copyOf(raw);
        for (FindingsRule audit : audits) {
            at(context, audit, kept::add).ifPresent(sink -> audit.audit(context, rules, findings, sink));
        }
        return kept;
    }

    /**
     * Findings of several runs over one workspace (the language server's per-journey rules on the
     * files an edit affected, the whole-workspace rules on all, and what it kept from before),
     * made one list as a single run would return it: knock-ons dropped, in canonical order.
     */
    public static List<Diagnostic> settle(dev.waymark.resolve.Workspace workspace, List<Diagnostic> diagnostics) {
        List<Diagnostic> known = new ArrayList<>(KnockOns.drop(workspace, diagnostics));
        known.sort(Diagnostic.ORDER);
        return List.copyOf(known);
    }

    /**
     * Where a rule's diagnostics go, at the severity the policy gives it in their file (an
     * `overrides:` entry may change it or turn the rule off there); empty when the rule is off everywhere.
     */
    private static Optional<Consumer<Diagnostic>> at(CheckContext context, Rule rule, Consumer<Diagnostic> sink) {
        Policy policy = context.policy();
        if (policy.overrides().isEmpty()) {
            Optional<Severity> level = policy.severityOf(rule.ruleId(), rule.defaultSeverity());
            return level.map(severity -> d -> sink.accept(d.severity() == severity ? d : d.withSeverity(severity)));
        }
        if (!policy.enablesAnywhere(rule.ruleId(), rule.defaultSeverity())) return Optional.empty();
        return Optional.of(d -> context.policyFor(d.span().file()).severityOf(rule.ruleId(), rule.defaultSeverity())
                .ifPresent(severity -> sink.accept(d.severity() == severity ? d : d.withSeverity(severity))));
    }

    public static boolean silenced(Diagnostic d, List<Suppression> suppressions) {
        if (d.rule().equals(RuleId.SYNTAX)) return false;
        for (Suppression s : suppressions) {
            if (silences(s, d)) return true;
        }
        return false;
    }

    /** A suppression silences its rules on the declaration that follows it and everything inside. */
    public static boolean silences(Suppression s, Diagnostic d) {
        return s.target().isPresent() && s.rules().contains(d.rule()) && s.target().get().contains(d.span());
    }
}
