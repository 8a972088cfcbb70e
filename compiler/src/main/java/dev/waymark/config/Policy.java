package dev.waymark.config;

import dev.waymark.model.DurationValue;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A team's policy, from `waymark.yaml` (see docs/rules.md): where the maps are, the review cadence,
 * who must own what, size limits, per-rule severities and how suppressions are judged.
 * {@link #defaults()} is the policy when there is no file.
 */
public record Policy(List<String> sources, Review review, Owners owners, Limits limits,
                     Map<RuleId, RuleLevel> rules, Suppressions suppressions, Optional<Path> file,
                     List<Override> overrides) {

    public Policy {
        overrides = List.copyOf(overrides);
    }

    public Policy(List<String> sources, Review review, Owners owners, Limits limits,
                  Map<RuleId, RuleLevel> rules, Suppressions suppressions, Optional<Path> file) {
        this(sources, review, owners, limits, rules, suppressions, file, List.of());
    }

    /**
     * `overrides:` in waymark.yaml: rule levels and limits for the files matching `files` (globs
     * relative to the waymark.yaml folder; a glob without `/` matches a file name in any folder).
     * Later overrides win over earlier ones, and all over the file's top level.
     */
    public record Override(List<String> files, Map<RuleId, RuleLevel> rules, Optional<Integer> stepsPerStage,
                           Optional<Integer> stepsPerJourney) {
        public Override {
            files = List.copyOf(files);
            rules = Map.copyOf(rules);
        }

        public boolean matches(String relativePath) {
            for (String glob : files) if (Globs.matches(glob, relativePath)) return true;
            return false;
        }
    }

    public record Review(DurationValue every, DurationValue warnBefore) {
    }

    /** Element kinds (journey, stage, step, opportunity) that need an owner of their own. */
    public record Owners(Set<String> explicit) {
    }

    /** The configurable limits of `too-complex`; past {@link #RENDERABLE_STEPS} no policy helps (docs/language.md, "Limits"). */
    public record Limits(int stepsPerStage, int stepsPerJourney) {
        /** Steps per journey that `render` draws at most: a bigger journey is listed, not rendered, whatever the policy says. */
        public static final int RENDERABLE_STEPS = 1_000;
    }

    public record Suppressions(boolean requireReason) {
    }

    /** A rule's configured level: a severity, or off. */
    public record RuleLevel(Optional<Severity> severity) {
        public static final RuleLevel OFF = new RuleLevel(Optional.empty());

        public static RuleLevel of(Severity severity) {
            return new RuleLevel(Optional.of(severity));
        }

        public boolean off() {
            return severity.isEmpty();
        }
    }

    public static Policy defaults() {
        return new Policy(List.of(),
                new Review(new DurationValue(90, 'd'), new DurationValue(14, 'd')),
                new Owners(Set.of("journey", "opportunity")),
                new Limits(12, 60),
                Map.of(),
                new Suppressions(true),
                Optional.empty());
    }

    /** The same policy, read from this file (its `sources` resolve relative to it). */
    public Policy withFile(Path path) {
        return new Policy(sources, review, owners, limits, rules, suppressions, Optional.of(path), overrides);
    }

    /**
     * The policy for one file (absolute, or relative to {@code workingDir}): the top level with
     * the overrides whose globs match it applied in order. Without overrides, this policy.
     */
    public Policy forFile(String file, Path workingDir) {
        if (overrides.isEmpty()) return this;
        Path folder = this.file.map(f -> f.toAbsolutePath().normalize().getParent()).orElse(workingDir.toAbsolutePath().normalize());
        Path abs = workingDir.toAbsolutePath().normalize().resolve(file).normalize();
        String relative = (abs.startsWith(folder) ? folder.relativize(abs) : abs).toString().replace('\\', '/');
        Map<RuleId, RuleLevel> levels = null;
        Limits l = limits;
        for (Override o : overrides) {
            if (!o.matches(relative)) continue;
            if (levels == null) levels = new java.util.TreeMap<>(rules);
            levels.putAll(o.rules());
            l = new Limits(o.stepsPerStage().orElse(l.stepsPerStage()), o.stepsPerJourney().orElse(l.stepsPerJourney()));
        }
        if (levels == null) return this;
        return new Policy(sources, review, owners, l, java.util.Collections.unmodifiableMap(levels), suppressions, this.file, overrides);
    }

    /** True when the rule is on at the top level or in some override: it must run, its findings then filtered per file. */
    public boolean enablesAnywhere(RuleId rule, Severity defaultSeverity) {
        if (severityOf(rule, defaultSeverity).isPresent()) return true;
        for (Override o : overrides) {
            RuleLevel level = o.rules().get(rule);
            if (level != null && !level.off()) return true;
        }
        return false;
    }

    /** The severity a rule's diagnostics get, or empty when the rule is off. */
    public Optional<Severity> severityOf(RuleId rule, Severity defaultSeverity) {
        RuleLevel level = rules.get(rule);
        return level == null ? Optional.of(defaultSeverity) : level.severity();
    }
}
