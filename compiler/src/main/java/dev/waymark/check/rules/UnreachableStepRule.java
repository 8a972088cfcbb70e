package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.Step;
import dev.waymark.resolve.Bindings;

import java.util.List;
import java.util.function.Consumer;

/**
 * A step that no path from the journey's first step reaches, following `next` (and the default
 * flow to the following step). A step that another journey's `next` leads into counts as an
 * entry point of its own.
 */
public final class UnreachableStepRule implements Rule {
    @Override
    public String id() {
        return RuleId.UNREACHABLE_STEP.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "no path from the journey's first step reaches this step";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Bindings bound = context.workspace().bindings();
        for (Journey journey : context.workspace().allJourneys()) {
            List<Step> steps = journey.steps().toList();
            if (steps.isEmpty()) continue;
            String first = steps.get(0).id();
            for (Step step : steps) {
                if (bound.reachable(journey, step)) continue;
                report.accept(problem(step.idSpan(), "no path from the first step `" + first + "` of journey `" + journey.id()
                                + "` reaches step `" + step.id() + "`, so no customer ever gets there")
                        .withHelp("add `next " + step.id() + "` to the step customers come from, or remove the step"));
            }
        }
    }
}
