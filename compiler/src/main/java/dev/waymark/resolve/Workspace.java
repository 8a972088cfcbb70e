package dev.waymark.resolve;

import dev.waymark.config.Policy;
import dev.waymark.model.*;
import dev.waymark.syntax.ParseResult;

import java.time.LocalDate;
import java.util.*;

/**
 * Every file of a workspace, resolved together: journeys, personas and teams by id (the first
 * declaration wins; `duplicate-id` reports the others), each journey's elements by id,
 * inherited owners, the flow and the review status.
 */
public final class Workspace {
    private final List<ParseResult> files;
    // filled by the constructor and never changed after: a focus view shares them
    private final Map<String, SourceText> sources;
    private final Map<String, JourneyFile> trees;
    private final Map<String, Journey> journeys;
    private final Map<String, Persona> personas;
    private final Map<String, Team> teams;
    private final Map<String, JourneyIndex> indexes;
    /** Bound on first use: fmt and the parser-only paths never pay for it. */
    private volatile Bindings bindings;
    private volatile Hierarchy hierarchy;
    /** Set in a {@link #focus} view: the whole workspace, whose hierarchy the view reads. */
    private final Workspace whole;

    public Workspace(List<ParseResult> files) {
        this(files, Map.of());
    }

    /**
     * The workspace after an edit: the index of a journey that did not change (the same parse)
     * is taken from the workspace before it, so a keystroke in one file indexes one journey.
     */
    public Workspace(List<ParseResult> files, Workspace before) {
        this(files, before.indexes);
    }

    private Workspace(List<ParseResult> files, Map<String, JourneyIndex> reuse) {
        this.whole = null;
        this.files = List.copyOf(files);
        sources = new LinkedHashMap<>();
        trees = new HashMap<>();
        journeys = new LinkedHashMap<>();
        personas = new LinkedHashMap<>();
        teams = new LinkedHashMap<>();
        indexes = new HashMap<>();
        for (ParseResult r : this.files) {
            sources.put(r.source().path(), r.source());
            trees.put(r.source().path(), r.file());
            for (Declaration d : r.file().declarations()) {
                if (d instanceof Journey j) journeys.putIfAbsent(j.id(), j);
                else if (d instanceof Persona p) personas.putIfAbsent(p.id(), p);
                else if (d instanceof Team t) teams.putIfAbsent(t.id(), t);
            }
        }
        for (Journey j : journeys.values()) {
            JourneyIndex old = reuse.get(j.id());
            indexes.put(j.id(), old != null && old.journey() == j ? old : new JourneyIndex(j));
        }
    }

    /**
     * The same workspace seen through some of its files: {@link #files()}, {@link #allJourneys()}
     * and {@link #allSteps()} hold only those, while every lookup (journeys, personas and teams by
     * id, indexes, sources, the hierarchy) still sees them all. The language server runs the
     * per-journey rules through it on the files an edit affects.
     */
    public Workspace focus(Set<String> paths) {
        return new Workspace(this, paths);
    }

    private Workspace(Workspace all, Set<String> paths) {
        this.whole = all.whole != null ? all.whole : all;
        this.files = all.files.stream().filter(f -> paths.contains(f.source().path())).toList();
        // shared, not copied: a view after each keystroke costs nothing per file it does not hold
        sources = all.sources;
        trees = all.trees;
        journeys = all.journeys;
        personas = all.personas;
        teams = all.teams;
        indexes = all.indexes;
    }

    public List<ParseResult> files() {
        return files;
    }

    /** The tree of a file of the workspace, by its display path. */
    public Optional<JourneyFile> tree(String path) {
        return Optional.ofNullable(trees.get(path));
    }

    public Optional<SourceText> source(String path) {
        return Optional.ofNullable(sources.get(path));
    }

    /**
     * True when the element wrote a value of this slot too large to hold: the property is absent
     * from the tree, but a rule must not report it as missing (`invalid-value` already spoke).
     */
    public boolean unreadable(Element element, UnreadableValue.Slot slot) {
        JourneyFile tree = trees.get(element.span().file());
        return tree != null && !tree.unreadable().isEmpty() && tree.unreadable(element, slot);
    }

    /** Every journey declaration, duplicates included, in file order. */
    public List<Journey> allJourneys() {
        return files.stream().flatMap(f -> f.file().journeys()).toList();
    }

    /** Every step of every journey declaration, with its stage and journey. */
    public List<StepRef> allSteps() {
        List<StepRef> steps = new ArrayList<>();
        for (Journey j : allJourneys()) {
            for (Stage s : j.stages()) for (Step st : s.steps()) steps.add(new StepRef(j, s, st));
        }
        return steps;
    }

    /** Journeys by id (the first of duplicates), in file order. */
    public Map<String, Journey> journeys() {
        return Collections.unmodifiableMap(journeys);
    }

    public Map<String, Persona> personas() {
        return Collections.unmodifiableMap(personas);
    }

    public Map<String, Team> teams() {
        return Collections.unmodifiableMap(teams);
    }

    public JourneyIndex index(Journey journey) {
        JourneyIndex index = indexes.get(journey.id());
        // a duplicate journey gets an index of its own
        return index != null && index.journey() == journey ? index : new JourneyIndex(journey);
    }

    public Optional<JourneyIndex> index(String journeyId) {
        return Optional.ofNullable(indexes.get(journeyId));
    }

    /** The journey hierarchy drawn by `expands`, bound once. */
    public Hierarchy hierarchy() {
        // a view's hierarchy is the whole workspace's, drawn only when a reader asks for it
        if (whole != null) return whole.hierarchy();
        Hierarchy h = hierarchy;
        if (h == null) {
            synchronized (this) {
                if (hierarchy == null) hierarchy = new Hierarchy(journeys, bindings());
                h = hierarchy;
            }
        }
        return h;
    }

    /** Every handle that names a team or one of its members, with `@`. */
    public Set<String> knownHandles() {
        Set<String> handles = new TreeSet<>();
        for (Team t : teams.values()) {
            handles.add(t.handle());
            t.members().forEach(m -> handles.add(m.value()));
        }
        return handles;
    }

    /** Every reference bound and the facts derived from them, computed once for all readers. */
    public Bindings bindings() {
        Bindings b = bindings;
        if (b == null) {
            synchronized (this) {
                b = bindings;
                if (b == null) bindings = b = Binder.bind(this);
            }
        }
        return b;
    }

    /**
     * The review on the "as of" date under a policy's default cadence and warning window: the one
     * place check, the renderings, the portfolio, diff and the language server get it from.
     */
    public ReviewStatus review(Journey journey, Policy policy, LocalDate asOf) {
        Optional<LocalDate> last = journey.reviewed().flatMap(r -> r.date().date());
        Optional<String> by = journey.reviewed().flatMap(Review::by).map(Located::value);
        boolean badCadence = badCadence(journey);
        Optional<DurationValue> every = badCadence ? Optional.empty()
                : Optional.of(journey.reviewEvery().map(Located::value).orElse(policy.review().every()));
        if (badCadence || badDate(journey)) return new ReviewStatus(last, by, every, Optional.empty(), ReviewStatus.Status.UNKNOWN);
        if (last.isEmpty()) return new ReviewStatus(last, by, every, Optional.empty(), ReviewStatus.Status.MISSING);
        LocalDate due = every.get().addTo(last.get());
        ReviewStatus.Status status;
        if (asOf.isAfter(due)) status = ReviewStatus.Status.STALE;
        else if (!asOf.isBefore(policy.review().warnBefore().subtractFrom(due))) status = ReviewStatus.Status.DUE_SOON;
        else status = ReviewStatus.Status.CURRENT;
        return new ReviewStatus(last, by, every, Optional.of(due), status);
    }

    /**
     * True when the journey's review cannot be judged whatever the policy: its `reviewed` date is
     * not a calendar date, or its `review every` is unreadable or zero ({@link ReviewStatus.Status#UNKNOWN};
     * `invalid-value` reports the word, and no review rule concludes anything from it).
     */
    public boolean reviewUnknown(Journey journey) {
        return badDate(journey) || badCadence(journey);
    }

    private static boolean badDate(Journey journey) {
        return journey.reviewed().isPresent() && journey.reviewed().get().date().date().isEmpty();
    }

    private boolean badCadence(Journey journey) {
        return unreadable(journey, UnreadableValue.Slot.REVIEW_CADENCE)
                || journey.reviewEvery().filter(e -> e.value().amount() == 0).isPresent();
    }

    /**
     * The journey's flow edges in step order: `next` where given, else the following step in
     * document order (across stages); the last step and `next end` are terminal.
     */
    public List<FlowEdge> flow(Journey journey) {
        List<Step> steps = journey.steps().toList();
        List<FlowEdge> edges = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.next().isEmpty()) {
                if (i + 1 < steps.size()) {
                    edges.add(new FlowEdge(step.id(), journey.id(), steps.get(i + 1).id(), Optional.empty(), false));
                }
                continue;
            }
            for (NextTarget t : step.next()) {
                t.step().ifPresent(ref -> edges.add(new FlowEdge(step.id(), ref.journey().orElse(journey.id()), ref.id(), t.share(), true)));
            }
        }
        return List.copyOf(edges);
    }
}
