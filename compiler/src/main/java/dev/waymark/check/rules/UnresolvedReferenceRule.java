package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.resolve.Target;

import java.util.function.Consumer;

/**
 * A name that points nowhere: a persona, a `next` step, what an opportunity `addresses`, a
 * `journey.element` in another journey, the journey a step `expands`, or a team's `escalates-to`. The binder has already
 * bound every reference and said why each unresolved one fails; this rule only reports that.
 */
public final class UnresolvedReferenceRule implements Rule {
    @Override
    public String id() {
        return RuleId.UNRESOLVED_REFERENCE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a persona, step, stage, pain, opportunity, journey or team that does not exist";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Target.Unresolved u : context.workspace().bindings().unresolved()) {
            Diagnostic d = problem(u.span(), u.message());
            report.accept(u.hint().map(d::withHelp).orElse(d));
        }
    }
}
