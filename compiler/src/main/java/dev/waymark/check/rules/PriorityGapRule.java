package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.resolve.Bindings;
import dev.waymark.resolve.PriorityGap;
import dev.waymark.resolve.StepRef;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Customers rate a step as important (>= 4) and poorly served (<= 2): a place to act first.
 * It stays flagged until customers rate it better, whether or not an improvement is planned.
 */
public final class PriorityGapRule implements Rule {
    @Override
    public String id() {
        return RuleId.PRIORITY_GAP.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "customer importance >= 4 and customer performance <= 2: a place to act first";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (StepRef ref : context.workspace().allSteps()) {
            Optional<PriorityGap> gap = Bindings.gap(ref.step());
            if (gap.isEmpty() || !gap.get().actFirst()) continue;
            report.accept(problem(ref.step().idSpan(), "step `" + ref.step().id() + "` matters to customers (importance "
                            + gap.get().importance().text() + ") but they rate it poorly (performance " + gap.get().performance().text() + "): a place to act first")
                    .withHelp("make sure an `opportunity` with an owner `addresses " + ref.step().id() + "`; re-measure `performance` once it ships"));
        }
    }
}
