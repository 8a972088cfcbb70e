package dev.waymark.config;

import dev.waymark.model.RuleId;
import dev.waymark.InputException;
import dev.waymark.check.Rules;
import dev.waymark.model.DurationValue;
import dev.waymark.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyYamlTest {
    private static final java.util.List<String> RULES = dev.waymark.check.Rules.load().ids();


    private static Policy parse(String yaml) throws InputException {
        return PolicyYaml.parse(yaml.getBytes(StandardCharsets.UTF_8), "waymark.yaml", Rules.load().ids());
    }

    private static String error(String yaml) {
        try {
            parse(yaml);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void everyKeyOfTheSpecIsReadIntoTypedRecords() throws InputException {
        Policy p = parse("""
                sources: [journeys, maps/*.journey]
                review:
                  every: 3m
                  warnBefore: 2w
                owners:
                  explicit: [journey, stage, step, opportunity]
                limits:
                  stepsPerStage: 8
                  stepsPerJourney: 40
                rules:
                  missing-evidence: off
                  missing-emotion: error
                  priority-gap: warning
                  no-objective: info
                suppressions:
                  requireReason: false
                """);
        assertThat(p.sources()).containsExactly("journeys", "maps/*.journey");
        assertThat(p.review()).isEqualTo(new Policy.Review(new DurationValue(3, 'm'), new DurationValue(2, 'w')));
        assertThat(p.owners().explicit()).containsExactlyInAnyOrder("journey", "stage", "step", "opportunity");
        assertThat(p.limits()).isEqualTo(new Policy.Limits(8, 40));
        assertThat(p.severityOf(RuleId.of("missing-evidence"), Severity.INFO)).isEmpty();
        assertThat(p.severityOf(RuleId.of("missing-emotion"), Severity.WARNING)).contains(Severity.ERROR);
        assertThat(p.severityOf(RuleId.of("priority-gap"), Severity.INFO)).contains(Severity.WARNING);
        assertThat(p.severityOf(RuleId.of("no-objective"), Severity.WARNING)).contains(Severity.INFO);
        assertThat(p.severityOf(RuleId.of("stale-review"), Severity.ERROR)).contains(Severity.ERROR);
        assertThat(p.suppressions().requireReason()).isFalse();
    }

    @Test
    void keysLeftOutKeepTheirDefaultsAndAnEmptyFileIsTheDefaultPolicy() throws InputException {
        assertThat(parse("")).isEqualTo(Policy.defaults());
        assertThat(parse("# only a comment\n")).isEqualTo(Policy.defaults());
        Policy p = parse("review:\n  every: 30d\nlimits:\n  stepsPerJourney: 20\n");
        assertThat(p.review().warnBefore()).isEqualTo(new DurationValue(14, 'd'));
        assertThat(p.limits().stepsPerStage()).isEqualTo(12);
        assertThat(p.owners()).isEqualTo(Policy.defaults().owners());
    }

    @Test
    void offQuotedOrNotAndOneLinerSourcesAreAccepted() throws InputException {
        Policy p = parse("sources: journeys\nrules: { missing-evidence: 'off', no-objective: OFF, priority-gap: no }\n");
        assertThat(p.sources()).containsExactly("journeys");
        assertThat(p.severityOf(RuleId.of("missing-evidence"), Severity.INFO)).isEmpty();
        assertThat(p.severityOf(RuleId.of("no-objective"), Severity.WARNING)).isEmpty();
        assertThat(p.severityOf(RuleId.of("priority-gap"), Severity.INFO)).isEmpty();
    }

    @Test
    void anUnknownKeyNamesFileLineKeyAndTheClosestKnownOne() {
        assertThat(error("sources: [a]\nreveiw:\n  every: 90d\n"))
                .isEqualTo("waymark.yaml:2:1: unknown key `reveiw` (did you mean `review`?); the keys at the top level are: "
                        + "sources, review, owners, limits, rules, suppressions, extends, overrides");
        assertThat(error("review:\n  every: 90d\n  warn-before: 10d\n"))
                .startsWith("waymark.yaml:3:3: unknown key `review.warn-before` (did you mean `review.warnBefore`?)");
        assertThat(error("limits:\n  stepsPerStep: 3\n")).startsWith("waymark.yaml:2:3: unknown key `limits.stepsPerStep` (did you mean `limits.stepsPerStage`?)");
        assertThat(error("suppressions: { requiredReason: true }\n")).contains("`suppressions.requiredReason` (did you mean `suppressions.requireReason`?)");
        assertThat(error("owners: { explict: [step] }\n")).contains("`owners.explict` (did you mean `owners.explicit`?)");
    }

    @Test
    void wrongTypesAndBadValuesNameTheKeyAndLine() {
        assertThat(error("review:\n  every: 90\n")).isEqualTo("waymark.yaml:2:10: review.every: expected a duration such as 90d, 6w, 3m or 1y, found a number (90)");
        assertThat(error("review:\n  warnBefore: 2 weeks\n")).startsWith("waymark.yaml:2:15: review.warnBefore: not a duration: '2 weeks'");
        assertThat(error("review: { every: 0d }\n")).contains("review.every must be longer than 0");
        assertThat(error("limits:\n  stepsPerStage: twelve\n")).isEqualTo("waymark.yaml:2:18: limits.stepsPerStage: expected a whole number of steps of at least 1, found the text 'twelve'");
        assertThat(error("limits: { stepsPerJourney: 0 }\n")).contains("limits.stepsPerJourney: expected a whole number");
        assertThat(error("limits: { stepsPerJourney: 2.5 }\n")).contains("limits.stepsPerJourney: expected a whole number");
        assertThat(error("sources: 3\n")).contains("sources: expected a list of text items");
        assertThat(error("review: 90d\n")).isEqualTo("waymark.yaml:1:9: review: expected a mapping of keys, found the text '90d'");
        assertThat(error("owners:\n  explicit: [journey, stages]\n")).isEqualTo("waymark.yaml:2:23: owners.explicit: `stages` is not an element kind (did you mean `stage`?); the kinds are: journey, stage, step, opportunity");
        assertThat(error("suppressions:\n  requireReason: maybe\n")).startsWith("waymark.yaml:2:18: suppressions.requireReason: expected true or false");
        assertThat(error("rules:\n  missing-emotion: loud\n")).isEqualTo("waymark.yaml:2:20: rules.missing-emotion: expected error, warning, info or off, found the text 'loud'");
        assertThat(error("- a\n- b\n")).startsWith("waymark.yaml:1:1: the top level of the file: expected a mapping of keys");
    }

    @Test
    void everyProblemOfTheFileIsReportedInOneRun() {
        assertThat(error("review:\n  every: 90x\n  every: 30d\nlimits:\n  stepsPerStage: -1\nrules:\n  missing-owner: loud\nfoo: 1\n"))
                .isEqualTo(String.join("\n",
                        "waymark.yaml has 5 problems:",
                        "waymark.yaml:2:10: review.every: not a duration: '90x' (units are h, d, w, m, y)",
                        "waymark.yaml:3:3: the key `every` is given twice; keep one",
                        "waymark.yaml:5:18: limits.stepsPerStage: expected a whole number of steps of at least 1, found a number (-1)",
                        "waymark.yaml:7:18: rules.missing-owner: expected error, warning, info or off, found the text 'loud'",
                        "waymark.yaml:8:1: unknown key `foo`; the keys at the top level are: " + "sources, review, owners, limits, rules, suppressions, extends, overrides"));
    }

    @Test
    void anUnknownRuleIdInRulesIsAnErrorWithAHint() {
        assertThat(error("rules:\n  missing-emotions: off\n"))
                .isEqualTo("waymark.yaml:2:3: rules: there is no rule `missing-emotions` (did you mean `missing-emotion`?); `waymark explain` lists the rules");
    }

    @Test
    void brokenYamlAndDuplicateKeysAreErrorsWithALine() {
        // an unclosed `[` is reported where it opens, not where the file ends without it
        assertThat(error("review:\n  every: [90d\n")).isEqualTo("waymark.yaml:2:10: not valid YAML: this `[` is not closed (expected ',' or ']', but got <stream end> at line 3)");
        assertThat(error("review:\n  every: \"90d\nlimits: {}\n")).startsWith("waymark.yaml:2:10: not valid YAML: this quoted text is not closed");
        assertThat(error("review:\n\tevery: 90d\n")).startsWith("waymark.yaml:2:1: not valid YAML: found character '\\t(TAB)'");
        assertThat(error("review: { every: 9d }\nreview: { every: 8d }\n")).startsWith("waymark.yaml:2:1: the key `review` is given twice");
    }

    @Test
    void theLoaderFindsTheNearestFileAndRemembersItForSources(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("waymark.yaml"), "sources: [journeys]\nlimits: { stepsPerStage: 5 }\n");
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        Policy p = PolicyLoader.load(deep, Optional.empty(), RULES);
        assertThat(p.limits().stepsPerStage()).isEqualTo(5);
        assertThat(p.file()).contains(dir.resolve("waymark.yaml").toAbsolutePath().normalize());
        Files.writeString(dir.resolve("other.yaml"), "limits: { stepsPerStage: 7 }\n");
        assertThat(PolicyLoader.load(deep, Optional.of(Path.of("../../other.yaml")), RULES).limits().stepsPerStage()).isEqualTo(7);
        assertThatThrownBy(() -> PolicyLoader.load(dir, Optional.of(Path.of("missing.yaml")), RULES))
                .isInstanceOf(InputException.class).hasMessage("cannot read config missing.yaml: no such file");
        Files.writeString(dir.resolve("bad.yaml"), "rules:\n  nope: off\n");
        assertThatThrownBy(() -> PolicyLoader.load(dir, Optional.of(Path.of("bad.yaml")), RULES))
                .isInstanceOf(InputException.class).hasMessageStartingWith("bad.yaml:2:3: rules: there is no rule `nope`");
    }
}
