package dev.waymark.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One finding: which rule, how severe, where, what is wrong and how to fix it (`message`),
 * an optional `help` line ("did you mean `checkout-form`?") and related places (the other
 * declaration of a duplicate id).
 */
public record Diagnostic(RuleId rule, Severity severity, SourceSpan span, String message,
                         Optional<String> help, List<Related> related) {

    /**
     * Sorted by file; in a file syntax errors first, then resolution errors (names that do not
     * resolve or clash), then the rest; then by line, column, rule. The first error of a file is
     * the one to fix first: the others may be its consequences. The order of every output format.
     */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.span().file())
            .thenComparingInt(Diagnostic::stage)
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        related = List.copyOf(related);
    }

    public static Diagnostic of(RuleId rule, Severity severity, SourceSpan span, String message) {
        return new Diagnostic(rule, severity, span, message, Optional.empty(), List.of());
    }

    /** 0 for syntax, 1 for resolution (unresolved-reference, duplicate-id, unknown-owner), 2 for the rest. */
    private int stage() {
        if (rule.equals(RuleId.SYNTAX)) return 0;
        return RESOLUTION.contains(rule) ? 1 : 2;
    }

    private static final java.util.Set<RuleId> RESOLUTION = java.util.Set.of(RuleId.UNRESOLVED_REFERENCE, RuleId.DUPLICATE_ID,
            RuleId.UNKNOWN_OWNER);

    public Diagnostic withHelp(String text) {
        return new Diagnostic(rule, severity, span, message, Optional.ofNullable(text), related);
    }

    public Diagnostic withRelated(SourceSpan where, String note) {
        var more = new java.util.ArrayList<>(related);
        more.add(new Related(where, note));
        return new Diagnostic(rule, severity, span, message, help, more);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, span, message, help, related);
    }

    /** Another place that explains this diagnostic. */
    public record Related(SourceSpan span, String message) {
    }
}
