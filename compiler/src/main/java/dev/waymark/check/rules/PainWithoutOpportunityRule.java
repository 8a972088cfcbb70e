package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;
import dev.waymark.resolve.StepRef;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A high or critical pain that no opportunity addresses, neither by the pain's id nor through
 * the step (or stage) that holds it. A `dropped` opportunity no longer addresses anything.
 */
public final class PainWithoutOpportunityRule implements Rule {
    private static final Set<String> SERIOUS = Set.of("high", "critical");

    @Override
    public String id() {
        return "pain-without-opportunity";
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
        Addressed addressed = new Addressed(context.workspace());
        for (StepRef ref : context.workspace().allSteps()) {
            String journey = ref.journey().id();
            if (addressed.any(journey, ref.step().id(), ref.stage().id())) continue;
            for (Pain pain : ref.step().pains()) {
                String severity = pain.severityName().orElse("");
                if (!SERIOUS.contains(severity)) continue;
                if (pain.id().isPresent() && addressed.any(journey, pain.id().get().value())) continue;
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
