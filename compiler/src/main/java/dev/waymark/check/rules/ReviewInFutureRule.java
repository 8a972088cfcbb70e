package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/** A `reviewed` date after the "as of" date: a review that has not happened cannot vouch for the map. */
public final class ReviewInFutureRule implements Rule {
    @Override
    public String id() {
        return RuleId.REVIEW_IN_FUTURE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a `reviewed` date after the \"as of\" date";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            if (journey.reviewed().isEmpty()) continue;
            var date = journey.reviewed().get().date();
            Optional<LocalDate> day = date.date();
            if (day.isEmpty() || !day.get().isAfter(context.asOf())) continue;
            report.accept(problem(date.span(), "journey `" + journey.id() + "` claims a review on " + day.get()
                            + ", which is after today (" + context.asOf() + "): a review that has not happened cannot vouch for the map")
                    .withHelp("write the date the review actually took place; plan future reviews with `review every`"));
        }
    }
}
