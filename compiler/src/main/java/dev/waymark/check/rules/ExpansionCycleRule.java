package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.resolve.Hierarchy;

import java.util.function.Consumer;

/**
 * Journeys whose steps expand into each other in a ring (`a → b → c → a`): a hierarchy has
 * levels, so one of the expansions is wrong. Reported once per cycle, at the `expands` that
 * closes it, naming every journey on it.
 */
public final class ExpansionCycleRule implements Rule {
    @Override
    public String id() {
        return RuleId.EXPANSION_CYCLE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "steps `expands` journeys in a cycle, so the journey hierarchy has no top";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Hierarchy.Cycle c : context.workspace().hierarchy().cycles()) {
            Hierarchy.Expansion e = c.closing();
            String ring = String.join(" → ", c.journeys());
            String message = c.journeys().size() == 2
                    ? "step `" + e.step().id() + "` expands its own journey `" + e.childId() + "`"
                    : "journey expansions form a cycle: " + ring;
            report.accept(problem(e.child().span(), message)
                    .withHelp("a step expands a more detailed journey; remove `expands " + e.childId() + "` from step `"
                            + e.step().id() + "` or break the cycle elsewhere"));
        }
    }
}
