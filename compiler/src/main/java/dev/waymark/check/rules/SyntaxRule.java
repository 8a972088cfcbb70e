package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;

import java.util.function.Consumer;

/** Reports what the parser found; a rule like the others so that output and config treat it alike. */
public final class SyntaxRule implements Rule {
    @Override
    public String id() {
        return RuleId.SYNTAX.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "the text does not parse as a journey map";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        context.workspace().files().forEach(f -> f.diagnostics().forEach(report));
    }
}
