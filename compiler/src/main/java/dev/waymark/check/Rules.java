package dev.waymark.check;

import dev.waymark.model.RuleId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules on a class path, found through ServiceLoader; built-in and a team's own alike. */
public final class Rules {
    private final Map<RuleId, Rule> byId = new LinkedHashMap<>();

    private Rules(List<Rule> rules) {
        for (Rule r : rules) {
            Rule before = byId.putIfAbsent(r.ruleId(), r);
            if (before != null && before.getClass() != r.getClass()) {
                throw new IllegalStateException("two rules share the id '" + r.id() + "': "
                        + before.getClass().getName() + " and " + r.getClass().getName());
            }
        }
    }

    public static Rules load() {
        return load(Rules.class.getClassLoader());
    }

    public static Rules load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(Rule::id));
        return new Rules(found);
    }

    public static Rules of(List<Rule> rules) {
        return new Rules(rules.stream().sorted(Comparator.comparing(Rule::id)).toList());
    }

    public List<Rule> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Rule> find(RuleId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids as written (for `rules:` in waymark.yaml and did-you-mean hints). */
    public List<String> ids() {
        return byId.keySet().stream().map(RuleId::id).toList();
    }
}
