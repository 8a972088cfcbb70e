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

/** The review falls due within `review.warnBefore`: time to plan it before the map goes stale. */
public final class ReviewDueSoonRule implements Rule {
    @Override
    public String id() {
        return RuleId.REVIEW_DUE_SOON.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "the review falls due within review.warnBefore";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            // with its cadence unreadable the due date is unknowable: `invalid-value` speaks, not this rule
            ReviewStatus status = context.workspace().review(journey, context.policy(), context.asOf());
            // a review dated in the future is `review-in-future`'s business, not a due date to plan for
            if (status.status() != ReviewStatus.Status.DUE_SOON || status.last().orElseThrow().isAfter(context.asOf())) continue;
            long left = ChronoUnit.DAYS.between(context.asOf(), status.due().orElseThrow());
            report.accept(problem(journey.reviewed().orElseThrow().span(), "the review of journey `" + journey.id() + "` falls due on "
                            + status.due().orElseThrow() + ", " + (left == 0 ? "today" : "in " + left + (left == 1 ? " day" : " days")) + " (last reviewed "
                            + status.last().orElseThrow() + ", every " + status.every().orElseThrow() + ")")
                    .withHelp("plan the review with the owner now; after it, update the line to `reviewed DATE by @who`"));
        }
    }
}
