package dev.waymark.lsp;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckContext;
import dev.waymark.check.Checker;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The diagnostics of a file opened before the server has read its workspace (seconds, in a large
 * one): the file alone, checked by the rules that need no other file (syntax, values, owners and
 * reviews present, emotions, evidence...), so the first diagnostics come at once. The full check
 * that follows adds what needs the rest (references, known owners, reachability, duplicates).
 */
final class FirstLook {
    /** Rules whose findings on a file depend on that file and the policy alone. */
    static final Set<String> ALONE = Set.of("syntax", "empty-stage", "invalid-value", "missing-emotion", "missing-evidence",
            "missing-owner", "missing-review", "no-objective", "opportunity-overdue", "priority-gap", "review-due-soon",
            "review-in-future", "stale-review", "suppression-reason", "too-complex");

    private final Rules rules;

    FirstLook(Rules all) {
        this.rules = Rules.of(all.all().stream().filter(r -> ALONE.contains(r.id())).toList());
    }

    List<Diagnostic> check(String path, String text, Policy policy) {
        ParseResult parsed = SourceParser.parse(path, text.getBytes(StandardCharsets.UTF_8));
        Workspace alone = new Workspace(List.of(parsed));
        return Checker.run(new CheckContext(alone, policy, Waymark.today(), ChangeHistory.NONE), rules);
    }
}
