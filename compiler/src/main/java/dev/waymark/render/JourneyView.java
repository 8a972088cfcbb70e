package dev.waymark.render;

import dev.waymark.config.Policy;
import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.FlowEdge;
import dev.waymark.resolve.ReviewStatus;
import dev.waymark.resolve.Workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One journey resolved for rendering: what every format shows beyond the syntax tree — the
 * review status on the "as of" date, inherited owners, personas and teams by name, the flow,
 * and which opportunities address which pain or step (numbered O1, O2... in document order).
 */
public final class JourneyView {
    /** Where a step's effective owner comes from: its own line, its stage's, or the journey's. */
    public record Owner(String handle, String from) {
    }

    private final Journey journey;
    private final Workspace workspace;
    private final ReviewStatus review;
    private final LocalDate asOf;
    private final Map<Step, Stage> stageOf = new IdentityHashMap<>();
    private final Map<String, List<Opportunity>> addressedBy = new LinkedHashMap<>();
    private final Map<String, Integer> opportunityNumber = new LinkedHashMap<>();
    private final List<FlowEdge> flow;
    private final Map<String, List<FlowEdge>> flowFrom = new LinkedHashMap<>();

    public JourneyView(Workspace workspace, Journey journey, Policy policy, LocalDate asOf) {
        this.workspace = workspace;
        this.journey = journey;
        this.asOf = asOf;
        this.review = Workspace.review(journey, policy, asOf);
        for (Stage stage : journey.stages()) for (Step step : stage.steps()) stageOf.put(step, stage);
        int n = 1;
        for (Opportunity o : journey.opportunities()) {
            opportunityNumber.putIfAbsent(o.id(), n++);
            for (Reference r : o.addresses()) {
                if (r.journey().isPresent() && !r.journey().get().equals(journey.id())) continue;
                List<Opportunity> list = addressedBy.computeIfAbsent(r.id(), k -> new ArrayList<>());
                if (!list.contains(o)) list.add(o);
            }
        }
        this.flow = workspace.flow(journey);
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
        return stageOf.get(step);
    }

    public List<Step> steps() {
        return journey.steps().toList();
    }

    public Optional<Owner> owner(Step step) {
        if (step.owner().isPresent()) return Optional.of(new Owner(step.owner().get().value(), "step"));
        Stage stage = stageOf(step);
        if (stage != null && stage.owner().isPresent()) return Optional.of(new Owner(stage.owner().get().value(), "stage"));
        return journey.owner().map(o -> new Owner(o.value(), "journey"));
    }

    public Optional<String> stageOwner(Stage stage) {
        return stage.owner().or(journey::owner).map(Located::value);
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

    /** Opportunities of this journey that address the pain or step with this id. */
    public List<Opportunity> addressedBy(String id) {
        return addressedBy.getOrDefault(id, List.of());
    }

    public List<Opportunity> addressedBy(Pain pain) {
        return pain.id().map(id -> addressedBy(id.value())).orElse(List.of());
    }

    /** "O1", "O2"...: a short tag that ties a card to the pains and steps it addresses. */
    public String tag(Opportunity o) {
        return "O" + opportunityNumber.getOrDefault(o.id(), 0);
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

    /** A text for what a reference names: the step title or pain text, else the reference as written. */
    public String describe(Reference r) {
        if (r.journey().isPresent() && !r.journey().get().equals(journey.id())) {
            return workspace.index(r.journey().get())
                    .flatMap(i -> i.element(r.id()))
                    .map(JourneyView::title)
                    .map(t -> t + " (" + r.text() + ")")
                    .orElse(r.text());
        }
        return workspace.index(journey).element(r.id()).map(JourneyView::title).orElse(r.text());
    }

    private static String title(Object element) {
        if (element instanceof Step s) return s.displayTitle();
        if (element instanceof Pain p) return p.text();
        if (element instanceof Stage s) return s.displayTitle();
        if (element instanceof Opportunity o) return o.displayTitle();
        return String.valueOf(element);
    }
}
