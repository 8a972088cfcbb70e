package dev.waymark.resolve;

import dev.waymark.model.DidYouMean;
import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.NextTarget;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Reference;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Target.InJourney;
import dev.waymark.resolve.Target.Kind;
import dev.waymark.resolve.Target.Unresolved;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The binding stage, as a textbook resolver: walks every journey once, binds each reference
 * (personas, `addresses`, `next`, `escalates-to`) to its {@link Target}, and records the facts
 * later stages need, so that no rule, rendering or editor feature looks a name up again.
 */
final class Binder {
    private static final Set<Kind> ADDRESSABLE = EnumSet.of(Kind.PAIN, Kind.STEP, Kind.STAGE);
    private static final Set<Kind> NEXT = EnumSet.of(Kind.STEP);

    private final Workspace ws;
    private final Map<Reference, Target> targets = new HashMap<>();
    private final Map<Located<String>, Target> escalations = new HashMap<>();
    private final Map<Located<String>, Target> expansions = new HashMap<>();
    private final List<Unresolved> unresolved = new ArrayList<>();
    private final Map<Object, List<Opportunity>> addressing = new IdentityHashMap<>();
    private final Map<Step, Target.StepTarget> steps = new IdentityHashMap<>();
    private final Map<Stage, Journey> stages = new IdentityHashMap<>();
    private final Map<Opportunity, Integer> numbers = new IdentityHashMap<>();
    private final Map<Opportunity, Journey> homes = new IdentityHashMap<>();
    private final Map<Journey, List<FlowEdge>> flows = new IdentityHashMap<>();

    private Binder(Workspace ws) {
        this.ws = ws;
    }

    static Bindings bind(Workspace ws) {
        return new Binder(ws).run();
    }

    private Bindings run() {
        for (Journey journey : ws.allJourneys()) {
            flows.put(journey, ws.flow(journey));
            for (Reference p : journey.personas()) persona(p);
            int n = 1;
            for (Stage stage : journey.stages()) {
                stages.put(stage, journey);
                for (Step step : stage.steps()) {
                    steps.put(step, new Target.StepTarget(journey, stage, step));
                    for (Reference p : step.personas()) persona(p);
                    for (NextTarget t : step.next()) t.step().ifPresent(r -> element(journey, r, NEXT, "`next` names a step"));
                    step.expands().ifPresent(e -> expansion(step, e));
                }
            }
            for (Opportunity o : journey.opportunities()) {
                numbers.putIfAbsent(o, n++);
                homes.putIfAbsent(o, journey);
                for (Reference r : o.addresses()) {
                    Target t = element(journey, r, ADDRESSABLE, "an opportunity addresses a pain, step or stage");
                    // a dropped opportunity addresses nothing any more (the one definition: check, map, JSON and pages agree)
                    if (t instanceof InJourney in && !o.dropped()) addTo(in, o);
                }
            }
        }
        for (Team team : ws.teams().values()) team.escalatesTo().ifPresent(h -> escalation(team, h));
        return new Bindings(ws, targets, escalations, expansions, unresolved, addressing, steps, stages, numbers, homes,
                flows, Reachability.of(ws.allJourneys(), flows));
    }

    private void addTo(InJourney target, Opportunity o) {
        Object element;
        if (target instanceof Target.PainTarget p) element = p.pain();
        else if (target instanceof Target.StepTarget s) element = s.step();
        else if (target instanceof Target.StageTarget s) element = s.stage();
        else return; // `addresses` never binds an opportunity: the kind check reported it
        List<Opportunity> list = addressing.computeIfAbsent(element, k -> new ArrayList<>());
        if (!list.contains(o)) list.add(o);
    }

    private void persona(Reference ref) {
        var persona = ws.personas().get(ref.id());
        if (persona != null) {
            targets.put(ref, new Target.PersonaTarget(persona));
            return;
        }
        fail(ref, "persona `" + ref.id() + "` is not declared in this workspace", ref.id(), ws.personas().keySet(),
                "declare it: persona " + ref.id() + " \"Name\" { ... }", "", "");
    }

    private Target element(Journey journey, Reference ref, Set<Kind> kinds, String rule) {
        JourneyIndex in;
        if (ref.journey().isPresent()) {
            Optional<JourneyIndex> other = ws.index(ref.journey().get());
            if (other.isEmpty()) {
                return fail(ref, "journey `" + ref.journey().get() + "` is not declared in this workspace",
                        ref.journey().get(), ws.journeys().keySet(), null, "", "." + ref.id());
            }
            in = other.get();
        } else {
            in = ws.index(journey);
        }
        Optional<InJourney> found = in.element(ref.id());
        if (found.isPresent() && kinds.contains(found.get().kind())) {
            targets.put(ref, found.get());
            return found.get();
        }
        // the words and candidates of a failure are built only for the few names that fail
        String where = ref.journey().isPresent() ? "journey `" + in.journey().id() + "`" : "this journey";
        String kindWords = kinds.stream().map(Kind::label).sorted().collect(Collectors.joining(" or "));
        List<String> candidates = new ArrayList<>();
        for (Kind k : kinds) candidates.addAll(in.ids(k));
        String prefix = ref.journey().map(j -> j + ".").orElse("");
        if (found.isEmpty()) return fail(ref, "no " + kindWords + " `" + ref.id() + "` in " + where, ref.id(), candidates, null, prefix, "");
        String fallback = "name a " + kindWords;
        // `next checkout` where checkout is a stage: the customer goes to the stage's first step
        if (found.get() instanceof Target.StageTarget st && kinds.contains(Kind.STEP) && !st.stage().steps().isEmpty()) {
            fallback = "name a step: stage `" + st.stage().id() + "` begins with `" + prefix + st.stage().steps().get(0).id() + "`";
        }
        return fail(ref, "`" + ref.id() + "` in " + where + " is " + article(found.get().kind()) + ", but " + rule,
                ref.id(), candidates, fallback, prefix, "");
    }

    private void expansion(Step step, Located<String> journey) {
        Journey child = ws.journeys().get(journey.value());
        if (child != null) {
            expansions.put(journey, new Target.JourneyTarget(child));
            return;
        }
        expansions.put(journey, unresolved(journey.value(), journey.span(), "step `" + step.id() + "` expands journey `" + journey.value()
                + "`, which is not declared in this workspace", journey.value(), ws.journeys().keySet(),
                "declare it: journey " + journey.value() + " \"...\" { ... }", "", ""));
    }

    private static String article(Kind kind) {
        return (kind == Kind.OPPORTUNITY ? "an " : "a ") + kind.label();
    }

    private void escalation(Team team, Located<String> handle) {
        Team to = ws.teams().get(handle.value().substring(1));
        if (to != null) {
            escalations.put(handle, new Target.TeamTarget(to));
            return;
        }
        List<String> handles = ws.teams().values().stream().map(Team::handle).toList();
        Unresolved u = unresolved(handle.value(), handle.span(), "team " + team.handle() + " escalates to " + handle.value()
                + ", which is not a declared team", handle.value(), handles, "declare it: team " + handle.value() + " \"...\" { members ... }", "", "");
        escalations.put(handle, u);
    }

    private Unresolved fail(Reference ref, String message, String wrong, Collection<String> known, String fallback,
                            String before, String after) {
        Unresolved u = unresolved(ref.text(), ref.span(), message, wrong, known, fallback, before, after);
        targets.put(ref, u);
        return u;
    }

    /** `before` and `after` rebuild the whole reference around the suggestion, for the quick fix. */
    private Unresolved unresolved(String written, dev.waymark.model.SourceSpan span, String message, String wrong,
                                  Collection<String> known, String fallback, String before, String after) {
        Optional<String> suggestion = DidYouMean.closest(wrong, known);
        Unresolved u = new Unresolved(written, span, message, suggestion, Optional.ofNullable(fallback),
                suggestion.map(s -> before + s + after));
        unresolved.add(u);
        return u;
    }
}
