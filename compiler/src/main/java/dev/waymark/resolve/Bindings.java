package dev.waymark.resolve;

import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Measure;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Reference;
import dev.waymark.model.Score;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Target.Unresolved;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bound workspace: every reference's {@link Target} and the facts derived once from them —
 * effective owners with their source, what live opportunities address, opportunity numbers,
 * priority gaps. `check`, the renderings, the diff and the language server read these and
 * nothing else, so they cannot disagree about a map.
 */
public final class Bindings {
    private final Workspace ws;
    private final Map<Reference, Target> targets;
    private final Map<Located<String>, Target> escalations;
    private final Map<Located<String>, Target> expansions;
    private final List<Unresolved> unresolved;
    private final Map<Object, List<Opportunity>> addressing;
    private final Map<Step, Target.StepTarget> steps;
    private final Map<Stage, Journey> stages;
    private final Map<Opportunity, Integer> numbers;
    private final Map<Opportunity, Journey> homes;

    Bindings(Workspace ws, Map<Reference, Target> targets, Map<Located<String>, Target> escalations,
             Map<Located<String>, Target> expansions, List<Unresolved> unresolved,
             Map<Object, List<Opportunity>> addressing, Map<Step, Target.StepTarget> steps, Map<Stage, Journey> stages,
             Map<Opportunity, Integer> numbers, Map<Opportunity, Journey> homes) {
        this.ws = ws;
        this.targets = targets;
        this.escalations = escalations;
        this.expansions = expansions;
        this.unresolved = List.copyOf(unresolved);
        this.addressing = addressing;
        this.steps = steps;
        this.stages = stages;
        this.numbers = numbers;
        this.homes = homes;
    }

    /** What a reference of this workspace names; a reference from elsewhere is unresolved. */
    public Target target(Reference ref) {
        Target t = targets.get(ref);
        return t != null ? t : new Unresolved(ref.text(), ref.span(), "`" + ref.text() + "` is not part of this workspace",
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The team a team escalates to, or why there is none. */
    public Optional<Target> escalation(Team team) {
        return team.escalatesTo().map(h -> escalations.get(h));
    }

    /** The journey a step expands, or why there is none. */
    public Optional<Target> expansion(Step step) {
        return step.expands().map(expansions::get);
    }

    /** Every name that points nowhere, in the order the binder met them (journeys, then teams). */
    public List<Unresolved> unresolved() {
        return unresolved;
    }

    /** The journey and stage a step stands in. */
    public Optional<Target.StepTarget> where(Step step) {
        return Optional.ofNullable(steps.get(step));
    }

    /** The step's own owner, else its stage's, else its journey's, with where it came from. */
    public Optional<Owner> owner(Step step) {
        if (step.owner().isPresent()) return Optional.of(new Owner(step.owner().get(), Owner.Source.STEP));
        Target.StepTarget at = steps.get(step);
        if (at == null) return Optional.empty();
        return owner(at.stage());
    }

    /** The stage's own owner, else its journey's. */
    public Optional<Owner> owner(Stage stage) {
        if (stage.owner().isPresent()) return Optional.of(new Owner(stage.owner().get(), Owner.Source.STAGE));
        Journey journey = stages.get(stage);
        return journey == null ? Optional.empty() : journey.owner().map(o -> new Owner(o, Owner.Source.JOURNEY));
    }

    /**
     * The live opportunities (any status but `dropped`) that address the pain, its step or its
     * stage, in document order: addressing a step or stage addresses every pain in it.
     */
    public List<Opportunity> addressing(Pain pain, Step step) {
        Target.StepTarget at = steps.get(step);
        return union(direct(pain), direct(step), at == null ? List.of() : direct(at.stage()));
    }

    /** The live opportunities that address the step or its stage. */
    public List<Opportunity> addressing(Step step) {
        Target.StepTarget at = steps.get(step);
        return union(List.of(), direct(step), at == null ? List.of() : direct(at.stage()));
    }

    /** The live opportunities that address the stage itself. */
    public List<Opportunity> addressing(Stage stage) {
        return direct(stage);
    }

    private List<Opportunity> direct(Object element) {
        return addressing.getOrDefault(element, List.of());
    }

    private static List<Opportunity> union(List<Opportunity> a, List<Opportunity> b, List<Opportunity> c) {
        if (b.isEmpty() && c.isEmpty()) return a;
        List<Opportunity> all = new ArrayList<>(a);
        for (Opportunity o : b) if (!all.contains(o)) all.add(o);
        for (Opportunity o : c) if (!all.contains(o)) all.add(o);
        return List.copyOf(all);
    }

    /** 1, 2, 3...: the opportunity's place in its journey, for the "O1" tags that tie cards together. */
    public int number(Opportunity o) {
        return numbers.getOrDefault(o, 0);
    }

    /** "O1", "O2"... in the opportunity's own journey; `journey/O2` when it belongs to another one. */
    public String tag(Opportunity o, Journey shownIn) {
        Journey home = homes.get(o);
        String tag = "O" + number(o);
        return home == null || home == shownIn || home.id().equals(shownIn.id()) ? tag : home.id() + "/" + tag;
    }

    /** Customer importance against customer performance, when the step rates both. */
    public static Optional<PriorityGap> gap(Step step) {
        Optional<Measure> importance = step.importance().flatMap(Score::customer);
        Optional<Measure> performance = step.performance().flatMap(Score::customer);
        if (importance.isEmpty() || performance.isEmpty()) return Optional.empty();
        return Optional.of(new PriorityGap(importance.get(), performance.get()));
    }
}
