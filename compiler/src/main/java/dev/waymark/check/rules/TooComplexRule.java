package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.Stage;

import java.util.function.Consumer;

/** A stage or a journey with more steps than `limits` allows ("over-complexity"). */
public final class TooComplexRule implements Rule {
    @Override
    public String id() {
        return RuleId.TOO_COMPLEX.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "a stage has more than limits.stepsPerStage steps, or a journey more than limits.stepsPerJourney";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            Policy.Limits limits = context.policyFor(journey.span().file()).limits();
            long steps = journey.steps().count();
            if (steps > limits.stepsPerJourney()) {
                String unrendered = steps > Policy.Limits.RENDERABLE_STEPS
                        ? "; past " + Policy.Limits.RENDERABLE_STEPS + " steps it is not rendered at all" : "";
                report.accept(problem(journey.idSpan(), "journey `" + journey.id() + "` has " + steps + " steps, more than the limit of "
                                + limits.stepsPerJourney() + ": a map this detailed hides what matters" + unrendered)
                        .withHelp("split it into journeys per persona or goal, or merge steps the customer sees as one; the limit is limits.stepsPerJourney in waymark.yaml"));
            }
            for (Stage stage : journey.stages()) {
                if (stage.steps().size() <= limits.stepsPerStage()) continue;
                report.accept(problem(stage.idSpan(), "stage `" + stage.id() + "` has " + stage.steps().size() + " steps, more than the limit of "
                                + limits.stepsPerStage() + ": a map this detailed hides what matters")
                        .withHelp("split the stage in two, or merge steps the customer sees as one; the limit is limits.stepsPerStage in waymark.yaml"));
            }
        }
    }
}
