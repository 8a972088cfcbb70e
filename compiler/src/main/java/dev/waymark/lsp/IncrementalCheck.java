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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Checks a project again after an edit without checking all of it: the rules that look at one
 * journey at a time (reading the rest only to look names up) run on the files the change
 * affects — the files changed and every file linked to them by a `journey.element` reference
 * or an `expands`, either way, transitively — and keep their earlier findings for the others.
 * The rules over the whole workspace (duplicate ids, unused personas, expansion cycles, and any
 * rule the server does not know) run on everything, every time; they are one pass each. When
 * personas or teams change, the policy changes, the day changes, or a suppression names one of
 * those rules, everything is checked.
 */
final class IncrementalCheck {
    /** The built-in rules whose findings depend on every file at once. */
    static final Set<RuleId> WHOLE = Set.of(RuleId.DUPLICATE_ID, RuleId.UNUSED_PERSONA, RuleId.EXPANSION_CYCLE, RuleId.UNREVIEWED_CHANGE);
    /** Built-in rules known to look at one journey or file at a time. */
    private static final Set<RuleId> LOCAL = Set.of(RuleId.SYNTAX, RuleId.EMPTY_STAGE, RuleId.INVALID_VALUE, RuleId.MISSING_EMOTION,
            RuleId.MISSING_EVIDENCE, RuleId.MISSING_OWNER, RuleId.MISSING_REVIEW, RuleId.NO_OBJECTIVE, RuleId.OPPORTUNITY_OVERDUE,
            RuleId.PAIN_WITHOUT_OPPORTUNITY, RuleId.PRIORITY_GAP, RuleId.REVIEW_DUE_SOON, RuleId.REVIEW_IN_FUTURE, RuleId.STALE_REVIEW,
            RuleId.SUPPRESSION_REASON, RuleId.TOO_COMPLEX, RuleId.UNKNOWN_OWNER, RuleId.UNREACHABLE_STEP, RuleId.UNRESOLVED_REFERENCE,
            RuleId.UNUSED_SUPPRESSION);

    private final Rules all;
    private final Rules local;
    private final Rules whole;
    // what each file links to, by parse: a file that did not change is not scanned again
    private final Map<ParseResult, Links> links = Collections.synchronizedMap(new WeakHashMap<>());
    private Map<String, ParseResult> previous = Map.of();
    private final Map<String, List<Diagnostic>> localByFile = new HashMap<>();
    private Policy policy;
    private LocalDate day;
    private int lastChecked;
    private List<Diagnostic> lastWhole;

    /** The journey ids a file declares and those it names, and whether it declares personas or teams. */
    private record Links(Set<String> declares, Set<String> names, boolean sharedDeclarations, List<Object> wholeFacts) {
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
        boolean everything = !newPolicy.equals(policy) || !asOf.equals(day) || previous.isEmpty() || suppressesWhole(ws)
                || changed.stream().anyMatch(p -> shared(previous.get(p)) || shared(current.get(p)));
        Map<String, ParseResult> before = previous;
        previous = current;
        policy = newPolicy;
        day = asOf;
        if (everything) {
            // one run of every rule, as `waymark check` does; its per-journey findings are kept for next time
            List<Diagnostic> found = Checker.run(new CheckContext(ws, newPolicy, asOf, ChangeHistory.NONE), all);
            localByFile.clear();
            for (String p : current.keySet()) localByFile.put(p, new ArrayList<>());
            for (Diagnostic d : found) {
                if (LOCAL.contains(d.rule())) localByFile.computeIfAbsent(d.span().file(), k -> new ArrayList<>()).add(d);
            }
            lastChecked = current.size();
            lastWhole = found.stream().filter(d -> !LOCAL.contains(d.rule())).toList();
            return found;
        }
        Set<String> affected = affected(changed, before, current);
        List<Diagnostic> found = Checker.run(new CheckContext(ws.focus(affected), newPolicy, asOf, ChangeHistory.NONE), local);
        localByFile.keySet().retainAll(current.keySet());
        for (String p : affected) localByFile.put(p, new ArrayList<>());
        for (Diagnostic d : found) localByFile.computeIfAbsent(d.span().file(), k -> new ArrayList<>()).add(d);
        // the whole-workspace rules again only when what they read changed, or they reported in a changed file
        boolean wholeSame = lastWhole != null && before.keySet().equals(current.keySet())
                && changed.stream().allMatch(p -> links(before.get(p)).wholeFacts().equals(links(current.get(p)).wholeFacts()))
                && lastWhole.stream().noneMatch(d -> changed.contains(d.span().file()));
        if (!wholeSame) lastWhole = Checker.run(new CheckContext(ws, newPolicy, asOf, ChangeHistory.NONE), whole);
        List<Diagnostic> combined = new ArrayList<>(lastWhole);
        localByFile.values().forEach(combined::addAll);
        lastChecked = affected.size();
        return Checker.settle(ws, combined);
    }

    /** The changed files and everything linked to them by references, either way, transitively. */
    private Set<String> affected(Set<String> changed, Map<String, ParseResult> before, Map<String, ParseResult> current) {
        Map<String, Set<String>> declaredIn = new HashMap<>();
        Map<String, Set<String>> namedIn = new HashMap<>();
        for (Map.Entry<String, ParseResult> e : current.entrySet()) {
            Links l = links(e.getValue());
            for (String j : l.declares()) declaredIn.computeIfAbsent(j, k -> new HashSet<>()).add(e.getKey());
            for (String j : l.names()) namedIn.computeIfAbsent(j, k -> new HashSet<>()).add(e.getKey());
        }
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
            boolean shared = false;
            // what the whole-workspace rules read of a file: ids declared, personas used, expansions, whether it parses
            List<String> ids = new ArrayList<>();
            Set<String> personas = new HashSet<>();
            Set<String> expands = new HashSet<>();
            for (Declaration d : f.file().declarations()) {
                ids.add(d.getClass().getSimpleName() + " " + d.id());
                if (d instanceof Persona || d instanceof Team) shared = true;
                if (!(d instanceof Journey j)) continue;
                declares.add(j.id());
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
            return new Links(declares, names, shared, List.of(ids, personas, expands, f.hasErrors()));
        });
    }

    private boolean shared(ParseResult file) {
        return file != null && links(file).sharedDeclarations();
    }

    /** A suppression of a whole-workspace rule is only seen used when both run together. */
    private static boolean suppressesWhole(Workspace ws) {
        for (ParseResult f : ws.files()) {
            for (var s : f.file().suppressions()) {
                for (RuleId rule : s.rules()) if (!LOCAL.contains(rule)) return true;
            }
        }
        return false;
    }
}
