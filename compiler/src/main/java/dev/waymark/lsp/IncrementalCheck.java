package dev.waymark.lsp;

import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckContext;
import dev.waymark.check.Checker;
import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Declaration;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.NextTarget;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.RuleId;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a project again after an edit without checking all of it: the rules that look at one
 * journey at a time (reading the rest only to look names up) run on the files the change
 * affects — the files changed and every file linked to them by a `journey.element` reference
 * or an `expands`, either way, transitively — and keep their earlier findings for the others.
 * A change to the names others use (a persona, a team or its members, a journey's id) also
 * re-checks the files that mention the names changed, and those whose findings name something
 * missing (their did-you-mean reads every name). The rules over the whole workspace (duplicate
 * ids, unused personas, expansion cycles, and any rule the server does not know) run on
 * everything, in one pass each, and only when what they read of a file changed. When the
 * policy changes, the day changes, the first team is declared or the last removed, or a
 * suppression names a whole-workspace rule, everything is checked.
 */
final class IncrementalCheck {
    /** The built-in rules whose findings depend on every file at once. */
    static final Set<RuleId> WHOLE = Set.of(RuleId.DUPLICATE_ID, RuleId.UNUSED_PERSONA, RuleId.EXPANSION_CYCLE, RuleId.UNREVIEWED_CHANGE);
    /** Per-journey rules whose findings name what is missing with a did-you-mean over every name declared. */
    private static final Set<RuleId> NAME_RULES = Set.of(RuleId.UNRESOLVED_REFERENCE, RuleId.UNKNOWN_OWNER);
    /** Built-in rules known to look at one journey or file at a time. */
    private static final Set<RuleId> LOCAL = Set.of(RuleId.SYNTAX, RuleId.EMPTY_STAGE, RuleId.INVALID_VALUE, RuleId.MISSING_EMOTION,
            RuleId.MISSING_EVIDENCE, RuleId.MISSING_OWNER, RuleId.MISSING_REVIEW, RuleId.NO_OBJECTIVE, RuleId.OPPORTUNITY_OVERDUE,
            RuleId.PAIN_WITHOUT_OPPORTUNITY, RuleId.PRIORITY_GAP, RuleId.REVIEW_DUE_SOON, RuleId.REVIEW_IN_FUTURE, RuleId.STALE_REVIEW,
            RuleId.SUPPRESSION_REASON, RuleId.TOO_COMPLEX, RuleId.UNKNOWN_OWNER, RuleId.UNREACHABLE_STEP, RuleId.UNRESOLVED_REFERENCE,
            RuleId.UNUSED_SUPPRESSION);

    private final Rules all;
    private final Rules local;
    private final Rules whole;
    // what each file links to, by parse (by identity: a record's hash would walk the whole tree):
    // a file that did not change is not scanned again
    private Map<ParseResult, Links> links = new IdentityHashMap<>();
    private Map<String, ParseResult> previous = Map.of();
    private final Map<String, List<Diagnostic>> localByFile = new HashMap<>();
    // kept up to date file by file, so an edit does not read every file's links: the files that
    // declare each journey id, those that name it, and those that suppress a whole-workspace rule
    // (one is only seen used when both run together, so then everything is checked)
    private final Map<String, Set<String>> declaredIn = new HashMap<>();
    private final Map<String, Set<String>> namedIn = new HashMap<>();
    private final Set<String> suppressing = new HashSet<>();
    private Policy policy;
    private LocalDate day;
    private boolean noTeams;
    private int lastChecked;
    private List<Diagnostic> lastWhole;

    /** The journey ids a file declares and those it names, and whether it declares personas or teams. */
    private record Links(Set<String> declares, Set<String> names, Set<String> provides, Set<String> mentions,
                         boolean suppressesWhole, List<Object> wholeFacts) {
    }

    IncrementalCheck(Rules rules) {
        List<Rule> l = new ArrayList<>();
        List<Rule> w = new ArrayList<>();
        for (Rule r : rules.all()) (LOCAL.contains(r.ruleId()) ? l : w).add(r);
        this.all = rules;
        this.local = Rules.of(l);
        this.whole = Rules.of(w);
    }

    /** How many files the last check ran the per-journey rules on: what incrementality saves, measurable. */
    int lastChecked() {
        return lastChecked;
    }

    List<Diagnostic> check(Workspace ws, Policy newPolicy, LocalDate asOf) {
        Map<String, ParseResult> current = new HashMap<>();
        for (ParseResult f : ws.files()) current.put(f.source().path(), f);
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, ParseResult> e : current.entrySet()) {
            if (previous.get(e.getKey()) != e.getValue()) changed.add(e.getKey());
        }
        for (String p : previous.keySet()) if (!current.containsKey(p)) changed.add(p);
        for (String p : changed) index(p, previous.get(p), current.get(p));
        boolean everything = !newPolicy.equals(policy) || !asOf.equals(day) || previous.isEmpty() || !suppressing.isEmpty()
                || ws.teams().isEmpty() != noTeams; // owners are checked against teams only where some are declared
        noTeams = ws.teams().isEmpty();
        Map<String, ParseResult> before = previous;
        previous = current;
        try {
            return check(ws, newPolicy, asOf, everything, changed, before, current);
        } finally {
            // what the parses replaced linked to was needed by this check only
            for (String p : changed) {
                ParseResult old = before.get(p);
                if (old != null && old != current.get(p)) links.remove(old);
            }
        }
    }

    private List<Diagnostic> check(Workspace ws, Policy newPolicy, LocalDate asOf, boolean everything, Set<String> changed,
                                   Map<String, ParseResult> before, Map<String, ParseResult> current) {
        policy = newPolicy;
        day = asOf;
        if (everything) {
            // one run of every rule, as `waymark check` does; its per-journey findings are kept for next time
            List<Diagnostic> found = Checker.findings(new CheckContext(ws, newPolicy, asOf, ChangeHistory.NONE), all);
            localByFile.clear();
            for (String p : current.keySet()) localByFile.put(p, new ArrayList<>());
            for (Diagnostic d : found) {
                if (LOCAL.contains(d.rule())) localByFile.computeIfAbsent(d.span().file(), k -> new ArrayList<>()).add(d);
            }
            lastChecked = current.size();
            lastWhole = found.stream().filter(d -> !LOCAL.contains(d.rule())).toList();
            return Checker.settle(ws, found);
        }
        Set<String> affected = affected(changed, before, current);
        if (namesChanged(changed, before, current)) {
            affected.addAll(mentioning(changed, before, current));
            // a did-you-mean reads every name there is: the files that name what does not exist are asked again
            localByFile.forEach((p, ds) -> {
                if (ds.stream().anyMatch(d -> NAME_RULES.contains(d.rule()))) affected.add(p);
            });
            affected.retainAll(current.keySet());
        }
        List<Diagnostic> found = Checker.findings(new CheckContext(ws.focus(affected), newPolicy, asOf, ChangeHistory.NONE), local);
        localByFile.keySet().retainAll(current.keySet());
        for (String p : affected) localByFile.put(p, new ArrayList<>());
        // a focused run also sees what every file shares (teams' escalations): only the affected files' findings are new
        for (Diagnostic d : found) if (affected.contains(d.span().file())) localByFile.get(d.span().file()).add(d);
        // the whole-workspace rules again only when what they read changed, or they reported in a changed file
        boolean wholeSame = lastWhole != null && before.keySet().equals(current.keySet())
                && changed.stream().allMatch(p -> links(before.get(p)).wholeFacts().equals(links(current.get(p)).wholeFacts()))
                && lastWhole.stream().noneMatch(d -> changed.contains(d.span().file())
                        || d.related().stream().anyMatch(r -> changed.contains(r.span().file())));
        if (!wholeSame) lastWhole = Checker.findings(new CheckContext(ws, newPolicy, asOf, ChangeHistory.NONE), whole);
        List<Diagnostic> combined = new ArrayList<>(lastWhole);
        localByFile.values().forEach(combined::addAll);
        lastChecked = affected.size();
        return Checker.settle(ws, combined);
    }

    /** True when a changed file declares other names than before: journeys, personas, teams or handles. */
    private boolean namesChanged(Set<String> changed, Map<String, ParseResult> before, Map<String, ParseResult> current) {
        for (String p : changed) {
            ParseResult b = before.get(p);
            ParseResult c = current.get(p);
            Set<String> was = b == null ? Set.of() : links(b).provides();
            Set<String> now = c == null ? Set.of() : links(c).provides();
            if (!was.equals(now)) return true;
        }
        return false;
    }

    /** The files that mention a persona or handle a changed file declared before and not now, or now and not before. */
    private Set<String> mentioning(Set<String> changed, Map<String, ParseResult> before, Map<String, ParseResult> current) {
        Set<String> names = new HashSet<>();
        for (String p : changed) {
            Set<String> was = before.get(p) == null ? Set.of() : links(before.get(p)).provides();
            Set<String> now = current.get(p) == null ? Set.of() : links(current.get(p)).provides();
            for (String n : was) if (!now.contains(n)) names.add(n);
            for (String n : now) if (!was.contains(n)) names.add(n);
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, ParseResult> e : current.entrySet()) {
            if (!Collections.disjoint(links(e.getValue()).mentions(), names)) out.add(e.getKey());
        }
        return out;
    }

    /** Files the index says declare or name journeys, and suppress whole-workspace rules: a file's part of it changes with the file. */
    private void index(String path, ParseResult was, ParseResult now) {
        if (was != null) {
            Links l = links(was);
            for (String j : l.declares()) unlist(declaredIn, j, path);
            for (String j : l.names()) unlist(namedIn, j, path);
        }
        suppressing.remove(path);
        if (now == null) return;
        Links l = links(now);
        for (String j : l.declares()) declaredIn.computeIfAbsent(j, k -> new HashSet<>()).add(path);
        for (String j : l.names()) namedIn.computeIfAbsent(j, k -> new HashSet<>()).add(path);
        if (l.suppressesWhole()) suppressing.add(path);
    }

    private static void unlist(Map<String, Set<String>> index, String id, String path) {
        Set<String> paths = index.get(id);
        if (paths != null && paths.remove(path) && paths.isEmpty()) index.remove(id);
    }

    /** The changed files and everything linked to them by references, either way, transitively. */
    private Set<String> affected(Set<String> changed, Map<String, ParseResult> before, Map<String, ParseResult> current) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(changed);
        Set<String> journeysSeen = new HashSet<>();
        while (!todo.isEmpty()) {
            String path = todo.poll();
            if (!out.add(path)) continue;
            Set<String> ids = new HashSet<>();
            for (ParseResult version : new ParseResult[] {before.get(path), current.get(path)}) {
                if (version == null) continue;
                Links l = links(version);
                ids.addAll(l.declares());
                ids.addAll(l.names());
            }
            for (String id : ids) {
                if (!journeysSeen.add(id)) continue;
                todo.addAll(declaredIn.getOrDefault(id, Set.of()));
                todo.addAll(namedIn.getOrDefault(id, Set.of()));
            }
        }
        out.retainAll(current.keySet());
        return out;
    }

    private Links links(ParseResult file) {
        return links.computeIfAbsent(file, f -> {
            Set<String> declares = new HashSet<>();
            Set<String> names = new HashSet<>();
            // names every file may use (journey ids, personas, team handles and members) and those this one uses
            Set<String> provides = new HashSet<>();
            Set<String> mentions = new HashSet<>();
            // what the whole-workspace rules read of a file: ids declared, ids a journey declares twice,
            // personas used, expansions, whether it parses
            List<String> ids = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            Set<String> personas = new HashSet<>();
            Set<String> expands = new HashSet<>();
            for (Declaration d : f.file().declarations()) {
                ids.add(d.getClass().getSimpleName() + " " + d.id());
                if (d instanceof Persona p) provides.add("persona " + p.id());
                if (d instanceof Team t) {
                    provides.add("handle " + t.handle());
                    t.members().forEach(m -> provides.add("handle " + m.value()));
                }
                if (!(d instanceof Journey j)) continue;
                declares.add(j.id());
                provides.add("journey " + j.id());
                twice.addAll(declaredTwice(j));
                j.personas().forEach(r -> mentions.add("persona " + r.id()));
                j.owner().ifPresent(o -> mentions.add("handle " + o.value()));
                for (Stage stage : j.stages()) {
                    stage.owner().ifPresent(o -> mentions.add("handle " + o.value()));
                    for (Step step : stage.steps()) {
                        step.owner().ifPresent(o -> mentions.add("handle " + o.value()));
                        step.personas().forEach(r -> mentions.add("persona " + r.id()));
                    }
                }
                j.opportunities().forEach(o -> o.owner().ifPresent(h -> mentions.add("handle " + h.value())));
                j.personas().forEach(r -> personas.add(r.id()));
                j.steps().forEach(st -> {
                    st.personas().forEach(r -> personas.add(r.id()));
                    st.expands().ifPresent(t -> expands.add(t.value()));
                });
                for (Step s : j.steps().toList()) {
                    for (NextTarget t : s.next()) t.step().flatMap(Reference::journey).ifPresent(names::add);
                    s.expands().ifPresent(t -> names.add(t.value()));
                }
                for (Opportunity o : j.opportunities()) {
                    for (Reference r : o.addresses()) r.journey().ifPresent(names::add);
                }
            }
            boolean suppresses = f.file().suppressions().stream().flatMap(s -> s.rules().stream()).anyMatch(r -> !LOCAL.contains(r));
            return new Links(declares, names, provides, mentions, suppresses, List.of(ids, twice, personas, expands, f.hasErrors()));
        });
    }

    /** The ids a journey's stages, steps, pains and opportunities share (one namespace), each once. */
    private static List<String> declaredTwice(Journey j) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new java.util.TreeSet<>();
        for (Stage stage : j.stages()) {
            if (!seen.add(stage.id())) twice.add(stage.id());
            for (Step step : stage.steps()) {
                if (!seen.add(step.id())) twice.add(step.id());
                step.pains().forEach(p -> p.id().ifPresent(id -> {
                    if (!seen.add(id.value())) twice.add(id.value());
                }));
            }
        }
        for (Opportunity o : j.opportunities()) if (!seen.add(o.id())) twice.add(o.id());
        return List.of(j.id() + ": " + twice);
    }
}
