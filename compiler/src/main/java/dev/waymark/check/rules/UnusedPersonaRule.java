package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;
import dev.waymark.resolve.StepRef;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A persona that no journey or step refers to: research nobody maps against. */
public final class UnusedPersonaRule implements Rule {
    @Override
    public String id() {
        return RuleId.UNUSED_PERSONA.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "a persona no journey or step refers to";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Set<String> used = new HashSet<>();
        for (Journey journey : context.workspace().allJourneys()) journey.personas().forEach(p -> used.add(p.id()));
        for (StepRef ref : context.workspace().allSteps()) ref.step().personas().forEach(p -> used.add(p.id()));
        for (Persona persona : context.workspace().personas().values()) {
            if (used.contains(persona.id())) continue;
            report.accept(problem(persona.idSpan(), "persona `" + persona.id() + "` is not the subject of any journey or step")
                    .withHelp("name it in a journey's `personas` or a step's `persona`, or remove it if nobody maps this customer"));
        }
    }
}
