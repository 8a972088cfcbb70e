package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;
import dev.waymark.resolve.Bindings;
import dev.waymark.resolve.StepRef;

import java.util.function.Consumer;

/**
 * A high or critical pain that no opportunity addresses, neither by the pain's id nor through
 * the step (or stage) that holds it. A `dropped` opportunity no longer addresses anything.
 */
public final class PainWithoutOpportunityRule implements Rule {

    @Override
    public String id() {
        return RuleId.PAIN_WITHOUT_OPPORTUNITY.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "a pain of severity high or critical that no opportunity addresses";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Bindings bound = context.workspace().bindings();
        for (StepRef ref : context.workspace().allSteps()) {
            for (Pain pain : ref.step().pains()) {
                if (!pain.severityKind().map(s -> s.atLeast(PainSeverity.HIGH)).orElse(false)) continue;
                // the binder's definition, which the map, the JSON and the pages print: live opportunities on the pain, its step or its stage
                if (!bound.addressing(pain, ref.step()).isEmpty()) continue;
                String severity = pain.severityKind().orElseThrow().word();
                String name = pain.id().map(id -> "`" + id.value() + "`").orElse("\"" + pain.text() + "\"");
                report.accept(problem(pain.id().map(Located::span).orElse(pain.span()), "the " + severity + " pain " + name + " in step `"
                                + ref.step().id() + "` has no opportunity to fix it")
                        .withHelp(pain.id().isPresent()
                                ? "add an `opportunity` with `addresses " + pain.id().get().value() + "` and an owner"
                                : "give the pain an id (`pain my-id \"...\"`) and add an `opportunity` that `addresses` it"));
            }
        }
    }
}
