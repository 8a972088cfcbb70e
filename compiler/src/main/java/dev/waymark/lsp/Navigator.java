package dev.waymark.lsp;

import dev.waymark.model.Declaration;
import dev.waymark.model.Element;
import dev.waymark.model.Journey;
import dev.waymark.model.JourneyFile;
import dev.waymark.model.Located;
import dev.waymark.model.NextTarget;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Reference;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Target;
import dev.waymark.resolve.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what is under the cursor by walking the model records of one file (every id,
 * reference and handle carries its span); what a reference names is the binder's target,
 * the same one the checks report on.
 */
final class Navigator {
    private Navigator() {
    }

    static Optional<Hit> hitAt(JourneyFile file, Cursor at) {
        for (Declaration d : file.declarations()) {
            if (!at.in(d.span())) continue;
            if (at.in(d.idSpan())) return Optional.of(new Hit.Declared(d));
            if (d instanceof Team t) return inTeam(t, at);
            if (d instanceof Journey j) return inJourney(j, at);
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Hit> inTeam(Team team, Cursor at) {
        List<Located<String>> handles = new ArrayList<>(team.members());
        team.escalatesTo().ifPresent(handles::add);
        return handle(handles, at);
    }

    private static Optional<Hit> inJourney(Journey journey, Cursor at) {
        List<Located<String>> handles = new ArrayList<>();
        journey.owner().ifPresent(handles::add);
        journey.reviewed().flatMap(r -> r.by()).ifPresent(handles::add);
        Optional<Hit> hit = handle(handles, at).or(() -> persona(journey.personas(), journey, at));
        if (hit.isPresent()) return hit;
        for (Stage stage : journey.stages()) {
            if (!at.in(stage.span())) continue;
            if (at.in(stage.idSpan())) return Optional.of(new Hit.Declared(stage));
            hit = handle(stage.owner().stream().toList(), at);
            if (hit.isPresent()) return hit;
            for (Step step : stage.steps()) {
                if (at.in(step.span())) return inStep(step, journey, at);
            }
        }
        for (Opportunity o : journey.opportunities()) {
            if (!at.in(o.span())) continue;
            if (at.in(o.idSpan())) return Optional.of(new Hit.Declared(o));
            for (Reference r : o.addresses()) {
                if (at.in(r.span())) return Optional.of(new Hit.Ref(r, journey, Hit.Kind.ADDRESSES));
            }
            return handle(o.owner().stream().toList(), at);
        }
        return Optional.empty();
    }

    private static Optional<Hit> inStep(Step step, Journey journey, Cursor at) {
        if (at.in(step.idSpan())) return Optional.of(new Hit.Declared(step));
        for (Pain pain : step.pains()) {
            if (pain.id().isPresent() && at.in(pain.id().get().span())) return Optional.of(new Hit.Declared(pain));
        }
        for (NextTarget t : step.next()) {
            if (t.step().isPresent() && at.in(t.step().get().span())) return Optional.of(new Hit.Ref(t.step().get(), journey, Hit.Kind.NEXT));
        }
        return handle(step.owner().stream().toList(), at).or(() -> persona(step.personas(), journey, at));
    }

    private static Optional<Hit> handle(List<Located<String>> handles, Cursor at) {
        return handles.stream().filter(h -> at.in(h.span())).findFirst().map(Hit.Handle::new);
    }

    private static Optional<Hit> persona(List<Reference> refs, Journey journey, Cursor at) {
        return refs.stream().filter(r -> at.in(r.span())).findFirst().map(r -> new Hit.Ref(r, journey, Hit.Kind.PERSONA));
    }

    /** The declared element a hit stands for; a handle resolves to its team, when it names one. */
    static Optional<Object> resolve(Workspace ws, Hit hit) {
        if (hit instanceof Hit.Declared d) return Optional.of(d.element());
        if (hit instanceof Hit.Handle h) return Optional.ofNullable(ws.teams().get(h.handle().value().substring(1)));
        return element(ws.bindings().target(((Hit.Ref) hit).reference()));
    }

    /** The declaration a bound target stands for; nothing for a name the binder could not bind. */
    static Optional<Object> element(Target target) {
        if (target instanceof Target.StepTarget t) return Optional.of(t.step());
        if (target instanceof Target.StageTarget t) return Optional.of(t.stage());
        if (target instanceof Target.PainTarget t) return Optional.of(t.pain());
        if (target instanceof Target.OpportunityTarget t) return Optional.of(t.opportunity());
        if (target instanceof Target.PersonaTarget t) return Optional.of(t.persona());
        if (target instanceof Target.TeamTarget t) return Optional.of(t.team());
        return Optional.empty();
    }

    /** Where an element's id is written: what "go to definition" jumps to. */
    static Optional<SourceSpan> idSpan(Object element) {
        if (element instanceof Element e) return Optional.of(e.idSpan());
        if (element instanceof Pain p) return p.id().map(Located::span);
        return Optional.empty();
    }

    /** The teams that list a handle among their members: where a person's handle is "declared". */
    static List<Team> teamsWithMember(Workspace ws, String handle) {
        return ws.teams().values().stream().filter(t -> t.members().stream().anyMatch(m -> m.value().equals(handle))).toList();
    }

    /** The elements around the cursor, outermost first: a declaration, then a stage, a step, or an opportunity. */
    static List<Element> enclosing(JourneyFile file, Cursor at) {
        List<Element> chain = new ArrayList<>();
        for (Declaration d : file.declarations()) {
            if (!at.inside(d.span())) continue;
            chain.add(d);
            if (d instanceof Journey j) {
                for (Stage stage : j.stages()) {
                    if (!at.inside(stage.span())) continue;
                    chain.add(stage);
                    stage.steps().stream().filter(s -> at.inside(s.span())).findFirst().ifPresent(chain::add);
                }
                j.opportunities().stream().filter(o -> at.inside(o.span())).findFirst().ifPresent(chain::add);
            }
            break;
        }
        return chain;
    }
}
