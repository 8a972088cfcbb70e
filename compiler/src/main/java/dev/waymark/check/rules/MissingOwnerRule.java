package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Parts of a map that nobody is accountable for. The kinds listed under `owners.explicit`
 * (journey, stage, step, opportunity) need an `owner` of their own; every step needs an
 * effective owner (its own, its stage's or its journey's), whatever the policy says.
 */
public final class MissingOwnerRule implements Rule {
    @Override
    public String id() {
        return RuleId.MISSING_OWNER.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a journey, opportunity or step (or a kind listed under owners.explicit) has no owner";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Set<String> explicit = context.policy().owners().explicit();
        for (Journey journey : context.workspace().allJourneys()) {
            if (explicit.contains("journey") && journey.owner().isEmpty()) {
                report.accept(problem(journey.idSpan(), "journey `" + journey.id() + "` has no owner, so nobody is accountable for keeping this map true")
                        .withHelp("add `owner @team` inside the journey; stages and steps inherit it"));
            }
            for (Stage stage : journey.stages()) {
                if (explicit.contains("stage") && stage.owner().isEmpty()) {
                    report.accept(problem(stage.idSpan(), "stage `" + stage.id() + "` has no owner of its own (your policy asks every stage for one)")
                            .withHelp("add `owner @team` inside the stage, or drop `stage` from owners.explicit in waymark.yaml"));
                }
                for (Step step : stage.steps()) {
                    if (explicit.contains("step") && step.owner().isEmpty()) {
                        report.accept(problem(step.idSpan(), "step `" + step.id() + "` has no owner of its own (your policy asks every step for one)")
                                .withHelp("add `owner @team` inside the step, or drop `step` from owners.explicit in waymark.yaml"));
                    } else if (context.workspace().bindings().owner(step).isEmpty()) {
                        report.accept(problem(step.idSpan(), "step `" + step.id() + "` has no owner: neither the step, its stage `"
                                        + stage.id() + "` nor journey `" + journey.id() + "` names one")
                                .withHelp("add `owner @team` to the step, its stage or the journey"));
                    }
                }
            }
            for (Opportunity o : journey.opportunities()) {
                if (explicit.contains("opportunity") && o.owner().isEmpty()) {
                    report.accept(problem(o.idSpan(), "opportunity `" + o.id() + "` has no owner: an improvement nobody owns does not happen")
                            .withHelp("add `owner @team` inside the opportunity (it does not inherit the journey's owner)"));
                }
            }
        }
    }
}
