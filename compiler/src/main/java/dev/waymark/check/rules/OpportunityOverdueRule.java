package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;

import java.time.LocalDate;
import java.util.function.Consumer;

/** An opportunity whose `due` date has passed while its status is not `done` or `dropped`. */
public final class OpportunityOverdueRule implements Rule {
    @Override
    public String id() {
        return RuleId.OPPORTUNITY_OVERDUE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "an opportunity's `due` date has passed and its status is not done or dropped";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            for (Opportunity o : journey.opportunities()) {
                if (o.due().isEmpty() || o.due().get().date().isEmpty()) continue;
                LocalDate due = o.due().get().date().get();
                if (!due.isBefore(context.asOf()) || o.finished()) continue;
                String status = o.status().map(Located::value).orElse("");
                report.accept(problem(o.due().get().span(), "opportunity `" + o.id() + "` was due on " + due + " and "
                                + (status.isEmpty() ? "has no status saying it is done" : "is still " + status) + " as of " + context.asOf())
                        .withHelp("set `status done` if it shipped, `status dropped` if it will not, or agree a new `due` date with its owner"));
            }
        }
    }
}
