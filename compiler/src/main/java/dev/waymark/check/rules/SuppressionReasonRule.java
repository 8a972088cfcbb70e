package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.Suppression;

import java.util.function.Consumer;

/**
 * A `// waymark-ignore` without a reason after `--`, when `suppressions.requireReason` (the
 * default) asks for one. The suppression still applies; this error keeps the build red until
 * someone writes down why the map may break the rule.
 */
public final class SuppressionReasonRule implements Rule {
    @Override
    public String id() {
        return RuleId.SUPPRESSION_REASON.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a `waymark-ignore` comment gives no reason (when suppressions.requireReason)";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (!context.policy().suppressions().requireReason()) return;
        context.workspace().files().forEach(f -> {
            for (Suppression s : f.file().suppressions()) {
                if (s.reason().isPresent()) continue;
                String rules = s.rules().isEmpty() ? "RULE" : s.rules().stream().map(RuleId::id).collect(java.util.stream.Collectors.joining(", "));
                report.accept(problem(s.span(), "this `waymark-ignore` gives no reason, so the next reader cannot tell whether the exception still holds")
                        .withHelp("write why after `--`: `// waymark-ignore " + rules + " -- seasonal journey, reviewed with the 2027 campaign`"));
            }
        });
    }
}
