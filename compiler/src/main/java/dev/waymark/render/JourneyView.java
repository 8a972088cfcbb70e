package dev.waymark.render;

import dev.waymark.config.Policy;
import dev.waymark.model.Journey;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Bindings;
import dev.waymark.resolve.FlowEdge;
import dev.waymark.resolve.Owner;
import dev.waymark.resolve.ReviewStatus;
import dev.waymark.resolve.Target;
import dev.waymark.resolve.Workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One journey as every format shows it. It computes nothing of its own: owners, what addresses
 * what, targets and opportunity tags come from the workspace's {@link Bindings}, the review from
 * {@link Workspace#review}, so the map, the JSON and the pages say what `check` concludes.
 */
public final class JourneyView {
    private final Journey journey;
    private final Workspace workspace;
    private final ReviewStatus review;
    private final LocalDate asOf;
    private final Bindings bindings;
    private final List<FlowEdge> flow;
    private final Map<String, List<FlowEdge>> flowFrom = new LinkedHashMap<>();

    public JourneyView(Workspace workspace, Journey journey, Policy policy, LocalDate asOf) {
        this.workspace = workspace;
        this.journey = journey;
        this.asOf = asOf;
        this.review = workspace.review(journey, policy, asOf);
        this.bindings = workspace.bindings();
        this.flow = bindings.flow(journey);
        for (FlowEdge e : flow) flowFrom.computeIfAbsent(e.fromStep(), k -> new ArrayList<>()).add(e);
    }

    public Journey journey() {
        return journey;
    }

    public Workspace workspace() {
        return workspace;
    }

    public String id() {
        return journey.id();
    }

    public String file() {
        return journey.span().file();
    }

    public ReviewStatus review() {
        return review;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Stage stageOf(Step step) {
        return bindings.where(step).map(Target.StepTarget::stage).orElse(null);
    }

    public List<Step> steps() {
        return journey.steps().toList();
    }

    /** The step's effective owner and where it comes from (step, stage or journey). */
    public Optional<Owner> owner(Step step) {
        return bindings.owner(step);
    }

    public Optional<String> stageOwner(Stage stage) {
        return bindings.owner(stage).map(Owner::value);
    }

    /** The team's display name for a handle, when a team is declared under it. */
    public Optional<String> teamName(String handle) {
        String id = handle.startsWith("@") ? handle.substring(1) : handle;
        Team team = workspace.teams().get(id);
        return team == null ? Optional.empty() : team.title();
    }

    /** The persona ids of the journey, with the persona where it is declared. */
    public List<PersonaRef> personas() {
        return refs(journey.personas());
    }

    /** A step's actors: its own `persona` list, else the journey's. */
    public List<PersonaRef> personas(Step step) {
        return step.personas().isEmpty() ? personas() : refs(step.personas());
    }

    private List<PersonaRef> refs(List<Reference> refs) {
        List<PersonaRef> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Reference r : refs) if (seen.add(r.id())) out.add(new PersonaRef(r.id(), Optional.ofNullable(workspace.personas().get(r.id()))));
        return out;
    }

    public record PersonaRef(String id, Optional<Persona> persona) {
        public String name() {
            return persona.map(Persona::displayName).orElse(id);
        }
    }

    /** The live opportunities (of any journey) that address the step or its stage. */
    public List<Opportunity> addressedBy(Step step) {
        return bindings.addressing(step);
    }

    /** The live opportunities that address the pain, its step or its stage: what `pain-without-opportunity` counts. */
    public List<Opportunity> addressedBy(Pain pain, Step step) {
        return bindings.addressing(pain, step);
    }

    /** "O1", "O2"...: a short tag that ties a card to the pains and steps it addresses (`other/O1` from another journey). */
    public String tag(Opportunity o) {
        return bindings.tag(o, journey);
    }

    public List<FlowEdge> flow() {
        return flow;
    }

    public List<FlowEdge> flowFrom(Step step) {
        return flowFrom.getOrDefault(step.id(), List.of());
    }

    /** The step a reference names in this journey, if any. */
    public Optional<Step> step(String id) {
        return workspace.index(journey).step(id);
    }

    /** An opportunity's id, qualified (`journey.id`) when it belongs to another journey. */
    public String idOf(Opportunity o) {
        String tag = bindings.tag(o, journey);
        int slash = tag.indexOf('/');
        return slash < 0 ? o.id() : tag.substring(0, slash) + "." + o.id();
    }

    /** What a reference names, as the binder bound it. */
    public Target target(Reference r) {
        return bindings.target(r);
    }

    /** A text for what a reference names: the step title or pain text, else the reference as written. */
    public String describe(Reference r) {
        if (!(bindings.target(r) instanceof Target.InJourney t)) return r.text();
        return t.journey().id().equals(journey.id()) ? t.title() : t.title() + " (" + r.text() + ")";
    }
}
