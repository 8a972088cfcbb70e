package dev.waymark.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.waymark.InputException;
import dev.waymark.config.YamlTree.Entry;
import dev.waymark.config.YamlTree.Mapping;
import dev.waymark.config.YamlTree.Node;
import dev.waymark.config.YamlTree.Scalar;
import dev.waymark.config.YamlTree.Sequence;
import dev.waymark.config.YamlTree.Where;
import dev.waymark.model.RuleId;
import dev.waymark.model.DidYouMean;
import dev.waymark.model.DurationValue;
import dev.waymark.model.Severity;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Reads one waymark.yaml into a typed {@link Policy}. Strict on purpose: an unknown key, a value
 * of the wrong type, a bad duration or an unknown rule is an {@link InputException} naming the
 * file, the line and the key (with a did-you-mean for a misspelt key), because a policy that is
 * silently half-applied is worse than none. Keys left out keep their defaults.
 */
public final class PolicyYaml {
    private static final List<String> TOP = List.of("sources", "review", "owners", "limits", "rules", "suppressions", "extends", "overrides");
    private static final List<String> KINDS = List.of("journey", "stage", "step", "opportunity");

    private final String shown;
    private final Collection<String> ruleIds;
    /** Every problem found: one run reports them all, not one per run. */
    private final ConfigProblems problems = new ConfigProblems();

    /** Where this file's `extends` resolve, and the rulesets that led here (a cycle is an error). */
    private Rulesets.Origin origin = Rulesets.Origin.workingFolder();
    private List<String> chain = List.of();

    private PolicyYaml(String shown, Collection<String> ruleIds) {
        this.shown = shown;
        this.ruleIds = ruleIds;
    }

    /**
     * Reads a file shown in messages as {@code shown}; {@code ruleIds} are the rules `rules:` may
     * name (built-in and a team's own).
     */
    public static Policy read(Path file, String shown, Collection<String> ruleIds) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("cannot read config " + shown + ": " + e.getMessage(), e);
        }
        return parse(bytes, shown, ruleIds, Rulesets.Origin.of(file), List.of(file.toAbsolutePath().normalize().toString())).withFile(file);
    }

    /** Parses YAML text; the result has no file (sources then resolve against the working folder). */
    public static Policy parse(byte[] yaml, String shown, Collection<String> ruleIds) throws InputException {
        return parse(yaml, shown, ruleIds, Rulesets.Origin.workingFolder(), List.of());
    }

    private static Policy parse(byte[] yaml, String shown, Collection<String> ruleIds, Rulesets.Origin origin, List<String> chain)
            throws InputException {
        Node root;
        List<YamlTree.DuplicateKey> duplicates = new ArrayList<>();
        try {
            root = YamlTree.read(yaml, duplicates);
        } catch (JsonProcessingException e) {
            throw new InputException(shown + yamlProblem(e), e);
        } catch (IOException e) {
            throw new InputException("cannot read config " + shown + ": " + e.getMessage(), e);
        }
        PolicyYaml reader = new PolicyYaml(shown, ruleIds);
        reader.origin = origin;
        reader.chain = chain;
        for (YamlTree.DuplicateKey d : duplicates) reader.problems.add(reader.error(d.where, d.getMessage() + "; keep one"));
        Policy policy = reader.policy(root);
        reader.problems.failIfAny(shown);
        return policy;
    }

    /** ":line:col: not valid YAML: problem", in SnakeYAML's own words and at its mark of the problem. */
    private static String yamlProblem(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
            var mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            String problem = m.getProblem();
            // an unclosed `[`, `{` or quote is noticed where the file goes on without it; its cause is where it opened
            String context = m.getContext() == null ? "" : m.getContext();
            if (m.getContextMark() != null && (context.contains("flow") || context.contains("quoted scalar"))) {
                mark = m.getContextMark();
                String what = context.contains("quoted") ? "this quoted text" : context.contains("sequence") ? "this `[`" : "this `{`";
                problem = what + " is not closed (" + problem + " at line " + (m.getProblemMark() == null ? "?" : m.getProblemMark().getLine() + 1) + ")";
            }
            String where = mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            return where + ": not valid YAML: " + problem;
        }
        var l = e.getLocation();
        String where = l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
        return where + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("");
    }

    private Policy policy(Node root) throws InputException {
        Policy d = Policy.defaults();
        if (root == null || isNull(root)) return d;
        Mapping top = mapping(root, "the top level of the file");
        known(top, "", TOP);
        // a shared ruleset is the starting point; this file's own keys then win (rule by rule under `rules:`)
        Entry ext = top.entries().get("extends");
        if (ext != null && !isNull(ext.value())) d = problems.part(d, () -> extended(ext));
        Policy base = d;
        List<String> sources = Policy.defaults().sources();
        Policy.Review review = d.review();
        Policy.Owners owners = d.owners();
        Policy.Limits limits = d.limits();
        Map<RuleId, Policy.RuleLevel> rules = d.rules();
        Policy.Suppressions suppressions = d.suppressions();
        for (Entry e : top.entries().values()) {
            if (isNull(e.value())) continue;
            switch (e.key()) {
                case "sources" -> sources = problems.part(sources, () -> strings(e, "sources", "a folder or glob relative to this file"));
                case "review" -> review = problems.part(review, () -> review(e.value(), base.review()));
                case "owners" -> owners = problems.part(owners, () -> owners(e.value()));
                case "limits" -> limits = problems.part(limits, () -> limits(e.value(), base.limits()));
                case "rules" -> rules = problems.part(rules, () -> merged(base.rules(), rules(e.value())));
                case "suppressions" -> suppressions = problems.part(suppressions, () -> suppressions(e.value()));
                default -> {
                    // extends and overrides are read apart; an unknown key is reported by known()
                }
            }
        }
        List<Policy.Override> overrides = new ArrayList<>(d.overrides());
        Entry o = top.entries().get("overrides");
        if (o != null && !isNull(o.value())) overrides.addAll(problems.part(List.of(), () -> overrides(o)));
        return new Policy(sources, review, owners, limits, rules, suppressions, Optional.empty(), overrides);
    }

    /** The policy of the rulesets named by `extends:` (one or a list; later ones win), read as waymark.yaml files. */
    private Policy extended(Entry ext) throws InputException {
        Policy base = Policy.defaults();
        for (Placed<String> ref : placedStrings(ext, "extends", "a path, or classpath:path/in/a/jar.yaml")) {
            String where = shown + ":" + ref.where().line() + ":" + ref.where().column() + ": ";
            Rulesets.Ruleset r = Rulesets.read(ref.value(), origin, where);
            if (chain.contains(r.identity())) {
                throw error(ref.where(), "extends: `" + ref.value() + "` extends itself (through " + String.join(" -> ", chain) + ")");
            }
            List<String> next = new ArrayList<>(chain);
            next.add(r.identity());
            Policy p = parse(r.bytes(), r.shown(), ruleIds, r.origin(), List.copyOf(next));
            base = new Policy(base.sources(), p.review(), p.owners(), p.limits(), merged(base.rules(), p.rules()),
                    p.suppressions(), Optional.empty(), concat(base.overrides(), p.overrides()));
        }
        return base;
    }

    private static Map<RuleId, Policy.RuleLevel> merged(Map<RuleId, Policy.RuleLevel> base, Map<RuleId, Policy.RuleLevel> mine) {
        if (base.isEmpty()) return mine;
        Map<RuleId, Policy.RuleLevel> all = new TreeMap<>(base);
        all.putAll(mine);
        return Collections.unmodifiableMap(all);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<Policy.Override> overrides(Entry o) throws InputException {
        if (!(o.value() instanceof Sequence seq)) {
            throw error(o.value().where(), "overrides: expected a list of entries, each `- files: [...]` with `rules:` or `limits:`, found "
                    + o.value().describe());
        }
        List<Policy.Override> out = new ArrayList<>();
        for (Node item : seq.items()) {
            String name = "overrides[" + out.size() + "]";
            out.add(overrideOf(mapping(item, name), name + "."));
        }
        return out;
    }

    /** One entry of `overrides:`: `files` (globs), then `rules` and `limits` as at the top level. */
    private Policy.Override overrideOf(Mapping m, String prefix) throws InputException {
        known(m, prefix, List.of("files", "rules", "limits"));
        Entry files = m.entries().get("files");
        if (files == null || isNull(files.value())) {
            throw error(m.where(), prefix.substring(0, prefix.length() - 1) + ": needs `files`, the globs it applies to (e.g. `files: [\"legacy/**\"]`)");
        }
        List<String> globs = strings(files, prefix + "files", "a glob relative to this file, such as legacy/** or *.draft.journey");
        Map<RuleId, Policy.RuleLevel> levels = Map.of();
        Optional<Integer> perStage = Optional.empty(), perJourney = Optional.empty();
        Entry r = m.entries().get("rules");
        if (r != null && !isNull(r.value())) levels = rules(r.value());
        Entry l = m.entries().get("limits");
        if (l != null && !isNull(l.value())) {
            Mapping lm = mapping(l.value(), prefix + "limits");
            known(lm, prefix + "limits.", List.of("stepsPerStage", "stepsPerJourney"));
            for (Entry e : lm.entries().values()) {
                if (isNull(e.value())) continue;
                int v = positive(e, prefix + "limits." + e.key());
                if (e.key().equals("stepsPerStage")) perStage = Optional.of(v);
                else perJourney = Optional.of(v);
            }
        }
        return new Policy.Override(globs, levels, perStage, perJourney);
    }

    private Policy.Review review(Node node, Policy.Review defaults) throws InputException {
        Mapping m = mapping(node, "review");
        known(m, "review.", List.of("every", "warnBefore"));
        DurationValue every = defaults.every(), warn = defaults.warnBefore();
        for (Entry e : m.entries().values()) {
            if (isNull(e.value()) || !List.of("every", "warnBefore").contains(e.key())) continue;
            DurationValue v = problems.part(null, () -> duration(e, "review." + e.key()));
            if (v == null) continue;
            if (e.key().equals("every")) {
                if (v.amount() == 0) problems.add(error(e.value().where(), "review.every must be longer than 0 (write e.g. 90d or 3m)"));
                else every = v;
            } else {
                warn = v;
            }
        }
        return new Policy.Review(every, warn);
    }

    private Policy.Owners owners(Node node) throws InputException {
        Mapping m = mapping(node, "owners");
        known(m, "owners.", List.of("explicit"));
        Entry e = m.entries().get("explicit");
        if (e == null || isNull(e.value())) return Policy.defaults().owners();
        Set<String> kinds = new TreeSet<>();
        for (Placed<String> kind : placedStrings(e, "owners.explicit", "an element kind")) {
            if (!KINDS.contains(kind.value)) {
                problems.add(error(kind.where, "owners.explicit: `" + kind.value + "` is not an element kind"
                        + DidYouMean.closest(kind.value, KINDS).map(k -> " (did you mean `" + k + "`?)").orElse("")
                        + "; the kinds are: " + String.join(", ", KINDS)));
                continue;
            }
            kinds.add(kind.value);
        }
        return new Policy.Owners(Collections.unmodifiableSet(kinds));
    }

    private Policy.Limits limits(Node node, Policy.Limits defaults) throws InputException {
        Mapping m = mapping(node, "limits");
        known(m, "limits.", List.of("stepsPerStage", "stepsPerJourney"));
        int perStage = defaults.stepsPerStage(), perJourney = defaults.stepsPerJourney();
        for (Entry e : m.entries().values()) {
            if (isNull(e.value()) || !List.of("stepsPerStage", "stepsPerJourney").contains(e.key())) continue;
            Integer v = problems.part(null, () -> positive(e, "limits." + e.key()));
            if (v == null) continue;
            if (e.key().equals("stepsPerStage")) perStage = v;
            else perJourney = v;
        }
        return new Policy.Limits(perStage, perJourney);
    }

    private Map<RuleId, Policy.RuleLevel> rules(Node node) throws InputException {
        Mapping m = mapping(node, "rules");
        Map<RuleId, Policy.RuleLevel> levels = new TreeMap<>();
        for (Entry e : m.entries().values()) {
            if (!ruleIds.contains(e.key())) {
                problems.add(error(e.keyWhere(), "rules: there is no rule `" + e.key() + "`"
                        + DidYouMean.closest(e.key(), ruleIds).map(k -> " (did you mean `" + k + "`?)").orElse("")
                        + "; `waymark explain` lists the rules"));
                continue;
            }
            Policy.RuleLevel level = problems.part(null, () -> level(e));
            if (level != null) levels.put(RuleId.of(e.key()), level);
        }
        return Collections.unmodifiableMap(levels);
    }

    private Policy.RuleLevel level(Entry e) throws InputException {
        // YAML 1.1 reads a bare `off` (and `no`) as false
        if (e.value() instanceof Scalar s && Boolean.FALSE.equals(s.value())) return Policy.RuleLevel.OFF;
        if (e.value() instanceof Scalar s && s.value() instanceof String text) {
            if (text.equalsIgnoreCase("off")) return Policy.RuleLevel.OFF;
            try {
                return Policy.RuleLevel.of(Severity.parse(text));
            } catch (IllegalArgumentException ignored) {
                // reported below with the location
            }
        }
        throw error(e.value().where(), "rules." + e.key() + ": expected error, warning, info or off, found " + e.value().describe());
    }

    private Policy.Suppressions suppressions(Node node) throws InputException {
        Mapping m = mapping(node, "suppressions");
        known(m, "suppressions.", List.of("requireReason"));
        Entry e = m.entries().get("requireReason");
        if (e == null || isNull(e.value())) return Policy.defaults().suppressions();
        return new Policy.Suppressions(bool(e, "suppressions.requireReason"));
    }

    // ------------------------------------------------------------ typed values

    /** A value of waymark.yaml and where it is written (not model.Located: a YAML place, not a journey span). */
    private record Placed<T>(T value, Where where) {
    }

    private Mapping mapping(Node node, String what) throws InputException {
        if (node instanceof Mapping m) return m;
        throw error(node.where(), what + ": expected a mapping of keys, found " + node.describe());
    }

    private void known(Mapping m, String prefix, List<String> keys) {
        for (Entry e : m.entries().values()) {
            if (keys.contains(e.key())) continue;
            Optional<String> close = DidYouMean.closest(e.key(), keys);
            problems.add(error(e.keyWhere(), "unknown key `" + prefix + e.key() + "`"
                    + close.map(k -> " (did you mean `" + prefix + k + "`?)").orElse("")
                    + "; the keys " + (prefix.isEmpty() ? "at the top level" : "under `" + prefix.substring(0, prefix.length() - 1) + "`")
                    + " are: " + String.join(", ", keys)));
        }
    }

    private List<String> strings(Entry e, String key, String what) throws InputException {
        return placedStrings(e, key, what).stream().map(Placed::value).toList();
    }

    /** A list of strings; a single string is a list of one. */
    private List<Placed<String>> placedStrings(Entry e, String key, String what) throws InputException {
        List<Node> items = e.value() instanceof Sequence s ? s.items() : List.of(e.value());
        List<Placed<String>> out = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof Scalar s) || !(s.value() instanceof String text) || text.isBlank()) {
                throw error(item.where(), key + ": expected a list of text items (each " + what + "), found " + item.describe());
            }
            out.add(new Placed<>(text, item.where()));
        }
        return List.copyOf(out);
    }

    private DurationValue duration(Entry e, String key) throws InputException {
        if (e.value() instanceof Scalar s && s.value() instanceof String text) {
            try {
                return DurationValue.parse(text);
            } catch (IllegalArgumentException bad) {
                throw error(e.value().where(), key + ": " + bad.getMessage());
            }
        }
        throw error(e.value().where(), key + ": expected a duration such as 90d, 6w, 3m or 1y, found " + e.value().describe());
    }

    private int positive(Entry e, String key) throws InputException {
        if (e.value() instanceof Scalar s && s.value() instanceof Number n && !(n instanceof Double) && !(n instanceof Float)) {
            BigInteger v = new BigInteger(n.toString());
            if (v.signum() > 0 && v.bitLength() < 31) return v.intValue();
        }
        throw error(e.value().where(), key + ": expected a whole number of steps of at least 1, found " + e.value().describe());
    }

    private boolean bool(Entry e, String key) throws InputException {
        if (e.value() instanceof Scalar s) {
            if (s.value() instanceof Boolean b) return b;
            if (s.value() instanceof String t) {
                switch (t.toLowerCase(Locale.ROOT)) {
                    case "yes", "on" -> {
                        return true;
                    }
                    case "no", "off" -> {
                        return false;
                    }
                    default -> {
                    }
                }
            }
        }
        throw error(e.value().where(), key + ": expected true or false, found " + e.value().describe());
    }

    private static boolean isNull(Node node) {
        return node instanceof Scalar s && s.value() == null;
    }

    private InputException error(Where where, String message) {
        return new InputException(shown + ":" + where.line() + ":" + where.column() + ": " + message);
    }
}
