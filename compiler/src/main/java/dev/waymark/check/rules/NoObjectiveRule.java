package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;

import java.util.function.Consumer;

/** A journey without an `objective` ("set clear objectives"). */
public final class NoObjectiveRule implements Rule {
    @Override
    public String id() {
        return RuleId.NO_OBJECTIVE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "a journey has no `objective`";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            if (!journey.objectives().isEmpty()) continue;
            report.accept(problem(journey.idSpan(), "journey `" + journey.id() + "` has no objective, so nobody can tell what the map is for or when it has done its job")
                    .withHelp("add `objective \"...\"` with a measurable aim, e.g. `objective \"Reduce cart abandonment below 55% by Q2\"`"));
        }
    }
}
