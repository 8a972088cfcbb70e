package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;

import java.util.function.Consumer;

/** A journey none of whose steps cites `evidence` ("lack of customer involvement"). */
public final class MissingEvidenceRule implements Rule {
    @Override
    public String id() {
        return RuleId.MISSING_EVIDENCE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "a journey has no `evidence` on any step";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Journey journey : context.workspace().allJourneys()) {
            if (journey.steps().anyMatch(s -> !s.evidence().isEmpty())) continue;
            report.accept(problem(journey.idSpan(), "journey `" + journey.id() + "` cites no evidence on any step, so it may show what the team assumes rather than what customers said")
                    .withHelp("add `evidence \"...\"` to the steps you learned about from customers (interviews, surveys, analytics)"));
        }
    }
}
