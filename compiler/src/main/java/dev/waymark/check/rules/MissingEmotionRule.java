package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Lane;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.UnreadableValue;
import dev.waymark.resolve.StepRef;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A step in the customer lane without `emotion` ("ignoring emotional aspects"). Steps in the
 * frontstage, backstage and support lanes are the company's actions and need none; a step
 * without `lane` is the customer's own.
 */
public final class MissingEmotionRule implements Rule {
    @Override
    public String id() {
        return RuleId.MISSING_EMOTION.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "a customer-lane step has no `emotion`";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (StepRef ref : context.workspace().allSteps()) {
            // an unknown lane word is `invalid-value`'s; only a step known to be the customer's needs an emotion
            if (ref.step().emotion().isPresent() || !ref.step().laneKind().equals(Optional.of(Lane.CUSTOMER))) continue;
            // an emotion too large to read is `invalid-value`'s; "no emotion" would be a knock-on error
            if (context.workspace().unreadable(ref.step(), UnreadableValue.Slot.EMOTION)) continue;
            report.accept(problem(ref.step().idSpan(), "step `" + ref.step().id() + "` does not say how the customer feels there")
                    .withHelp("add `emotion SCORE \"label\"` (-3 worst .. +3 delighted), e.g. `emotion -1 \"Unsure\" -> +2`"));
        }
    }
}
