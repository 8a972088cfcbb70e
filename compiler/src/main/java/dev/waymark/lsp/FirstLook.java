package dev.waymark.lsp;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckContext;
import dev.waymark.check.Checker;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
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
    static final Set<RuleId> ALONE = Set.of(RuleId.SYNTAX, RuleId.EMPTY_STAGE, RuleId.INVALID_VALUE, RuleId.MISSING_EMOTION,
            RuleId.MISSING_EVIDENCE, RuleId.MISSING_OWNER, RuleId.MISSING_REVIEW, RuleId.NO_OBJECTIVE, RuleId.OPPORTUNITY_OVERDUE,
            RuleId.PRIORITY_GAP, RuleId.REVIEW_DUE_SOON, RuleId.REVIEW_IN_FUTURE, RuleId.STALE_REVIEW, RuleId.SUPPRESSION_REASON,
            RuleId.TOO_COMPLEX);

    private final Rules rules;

    FirstLook(Rules all) {
        this.rules = Rules.of(all.all().stream().filter(r -> ALONE.contains(r.ruleId())).toList());
    }

    List<Diagnostic> check(String path, String text, Policy policy) {
        ParseResult parsed = SourceParser.parse(path, text.getBytes(StandardCharsets.UTF_8));
        Workspace alone = new Workspace(List.of(parsed));
        return Checker.run(new CheckContext(alone, policy, Waymark.today(), ChangeHistory.NONE), rules);
    }
}
