package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two declarations share an id in one scope: journeys, personas and teams across the workspace;
 * stages, steps, pains and opportunities within their journey (one namespace, since
 * `addresses` and `next` name them without a kind). Names both places.
 */
public final class DuplicateIdRule implements Rule {
    @Override
    public String id() {
        return RuleId.DUPLICATE_ID.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "two declarations share an id in the same scope";
    }

    private record Seen(String kind, SourceSpan span) {
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Map<String, Seen> journeys = new HashMap<>(), personas = new HashMap<>(), teams = new HashMap<>();
        for (var file : context.workspace().files()) {
            for (Declaration d : file.file().declarations()) {
                Map<String, Seen> scope = d instanceof Journey ? journeys : d instanceof Persona ? personas : teams;
                String shown = d instanceof Team t ? t.handle() : d.id();
                note(scope, d.id(), shown, d.kind(), d.idSpan(), "in this workspace", report);
                if (d instanceof Journey j) checkJourney(j, report);
            }
        }
    }

    private void checkJourney(Journey journey, Consumer<Diagnostic> report) {
        Map<String, Seen> ids = new HashMap<>();
        String scope = "in journey `" + journey.id() + "`";
        for (Stage stage : journey.stages()) {
            note(ids, stage.id(), stage.id(), "stage", stage.idSpan(), scope, report);
            for (Step step : stage.steps()) {
                note(ids, step.id(), step.id(), "step", step.idSpan(), scope, report);
                for (Pain pain : step.pains()) {
                    pain.id().ifPresent(id -> note(ids, id.value(), id.value(), "pain", id.span(), scope, report));
                }
            }
        }
        for (Opportunity o : journey.opportunities()) note(ids, o.id(), o.id(), "opportunity", o.idSpan(), scope, report);
    }

    private void note(Map<String, Seen> scope, String id, String shown, String kind, SourceSpan span, String where,
                      Consumer<Diagnostic> report) {
        Seen first = scope.putIfAbsent(id, new Seen(kind, span));
        if (first == null) return;
        String asKind = first.kind().equals(kind) ? "" : "as a " + first.kind() + " ";
        // where the first one is stands once, in the note
        report.accept(problem(span, kind + " `" + shown + "` is declared twice " + where)
                .withRelated(first.span(), "first declared " + asKind + "here")
                .withHelp("ids must be unique " + where + ": rename one of them"));
    }
}
