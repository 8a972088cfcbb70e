package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;
import dev.waymark.resolve.JourneyIndex;
import dev.waymark.resolve.StepRef;
import dev.waymark.resolve.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A name that points nowhere: a persona, a `next` step, what an opportunity `addresses`, a
 * `journey.element` in another journey, the journey a step `expands`, or a team's `escalates-to`. Hints the closest name.
 */
public final class UnresolvedReferenceRule implements Rule {
    @Override
    public String id() {
        return "unresolved-reference";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a persona, step, stage, pain, opportunity, journey or team that does not exist";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Workspace ws = context.workspace();
        for (Journey journey : ws.allJourneys()) {
            for (Reference p : journey.personas()) persona(ws, p, report);
            for (Opportunity o : journey.opportunities()) {
                for (Reference r : o.addresses()) element(ws, journey, r, Set.of("pain", "step", "stage"), "an opportunity addresses a pain, step or stage", report);
            }
        }
        for (StepRef s : ws.allSteps()) {
            for (Reference p : s.step().personas()) persona(ws, p, report);
            for (NextTarget t : s.step().next()) {
                t.step().ifPresent(r -> element(ws, s.journey(), r, Set.of("step"), "`next` names a step", report));
            }
            s.step().expands().filter(t -> !ws.journeys().containsKey(t.value())).ifPresent(t ->
                    report.accept(withHint(problem(t.span(), "step `" + s.step().id() + "` expands journey `" + t.value()
                            + "`, which is not declared in this workspace"), t.value(), ws.journeys().keySet(),
                            "declare it: journey " + t.value() + " \"...\" { ... }")));
        }
        for (Team team : ws.teams().values()) {
            team.escalatesTo().ifPresent(h -> {
                String id = h.value().substring(1);
                if (!ws.teams().containsKey(id)) {
                    List<String> handles = ws.teams().values().stream().map(Team::handle).toList();
                    report.accept(withHint(problem(h.span(), "team " + team.handle() + " escalates to " + h.value()
                            + ", which is not a declared team"), h.value(), handles,
                            "declare it: team " + h.value() + " \"...\" { members ... }"));
                }
            });
        }
    }

    private void persona(Workspace ws, Reference ref, Consumer<Diagnostic> report) {
        if (ws.personas().containsKey(ref.id())) return;
        report.accept(withHint(problem(ref.span(), "persona `" + ref.id() + "` is not declared in this workspace"),
                ref.id(), ws.personas().keySet(), "declare it: persona " + ref.id() + " \"Name\" { ... }"));
    }

    private void element(Workspace ws, Journey journey, Reference ref, Set<String> kinds, String rule, Consumer<Diagnostic> report) {
        Optional<JourneyIndex> index;
        if (ref.journey().isPresent()) {
            String other = ref.journey().get();
            index = ws.index(other);
            if (index.isEmpty()) {
                report.accept(withHint(problem(ref.span(), "journey `" + other + "` is not declared in this workspace"),
                        other, ws.journeys().keySet(), null));
                return;
            }
        } else {
            index = Optional.of(ws.index(journey));
        }
        JourneyIndex in = index.get();
        Optional<Object> found = in.element(ref.id());
        String where = ref.journey().isPresent() ? "journey `" + in.journey().id() + "`" : "this journey";
        if (found.isEmpty()) {
            List<String> candidates = new ArrayList<>();
            kinds.forEach(k -> candidates.addAll(in.ids(k)));
            String kindWords = String.join(" or ", kinds.stream().sorted().toList());
            report.accept(withHint(problem(ref.span(), "no " + kindWords + " `" + ref.id() + "` in " + where),
                    ref.id(), candidates, null));
            return;
        }
        String kind = JourneyIndex.kindOf(found.get());
        if (!kinds.contains(kind)) {
            List<String> candidates = new ArrayList<>();
            kinds.forEach(k -> candidates.addAll(in.ids(k)));
            Optional<String> hint = DidYouMean.hint(ref.id(), candidates);
            // `next checkout` where checkout is a stage: the customer goes to the stage's first step
            if (hint.isEmpty() && found.get() instanceof Stage stage && kinds.contains("step") && !stage.steps().isEmpty()) {
                String first = ref.journey().map(j -> j + ".").orElse("") + stage.steps().get(0).id();
                hint = Optional.of("name a step: stage `" + stage.id() + "` begins with `" + first + "`");
            }
            report.accept(problem(ref.span(), "`" + ref.id() + "` in " + where + " is a " + kind + ", but " + rule)
                    .withHelp(hint.orElse("name a " + String.join(" or ", kinds.stream().sorted().toList()))));
        }
    }

    private static Diagnostic withHint(Diagnostic d, String wrong, java.util.Collection<String> known, String fallback) {
        Optional<String> hint = DidYouMean.hint(wrong, known);
        if (hint.isPresent()) return d.withHelp(hint.get());
        return fallback == null ? d : d.withHelp(fallback);
    }
}
