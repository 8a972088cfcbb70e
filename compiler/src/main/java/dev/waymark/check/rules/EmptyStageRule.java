package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.Stage;

import java.util.function.Consumer;

/** A stage with no steps: a column on the map with nothing the customer does in it. */
public final class EmptyStageRule implements Rule {
    @Override
    public String id() {
        return RuleId.EMPTY_STAGE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "a stage with no steps";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            for (Stage stage : journey.stages()) {
                if (!stage.steps().isEmpty()) continue;
                report.accept(problem(stage.idSpan(), "stage `" + stage.id() + "` of journey `" + journey.id() + "` has no steps")
                        .withHelp("add the steps customers take in this stage (`step id \"What they do\" { ... }`), or remove the stage"));
            }
        }
    }
}
