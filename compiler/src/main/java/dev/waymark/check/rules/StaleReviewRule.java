package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.resolve.ReviewStatus;

import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** The review is past due on the "as of" date: the map may no longer describe what customers live. */
public final class StaleReviewRule implements Rule {
    @Override
    public String id() {
        return RuleId.STALE_REVIEW.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "the review is past due on the \"as of\" date";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            // an unreadable date or cadence makes the status unknown: `invalid-value` speaks, not this rule
            ReviewStatus status = context.workspace().review(journey, context.policy(), context.asOf());
            if (status.status() != ReviewStatus.Status.STALE) continue;
            long late = ChronoUnit.DAYS.between(status.due().orElseThrow(), context.asOf());
            report.accept(problem(journey.reviewed().orElseThrow().span(), "the review of journey `" + journey.id() + "` is stale: last reviewed "
                            + status.last().orElseThrow() + ", due " + status.due().orElseThrow() + " (every " + status.every().orElseThrow() + "), "
                            + late + (late == 1 ? " day" : " days") + " overdue as of " + context.asOf())
                    .withHelp("walk the map with its owner and customer evidence, then update the line to `reviewed "
                            + context.asOf() + " by @who`"));
        }
    }
}
