package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;

import java.util.function.Consumer;

/** A journey with no `reviewed` line: nobody can tell whether the map still matches what customers live. */
public final class MissingReviewRule implements Rule {
    @Override
    public String id() {
        return RuleId.MISSING_REVIEW.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a journey has no `reviewed` line";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            if (journey.reviewed().isPresent()) continue;
            report.accept(problem(journey.idSpan(), "journey `" + journey.id() + "` has never been reviewed, so nobody can tell whether it still matches what customers live")
                    .withHelp("walk the map with its owner, then add `reviewed " + context.asOf() + " by @who` inside the journey"));
        }
    }
}
