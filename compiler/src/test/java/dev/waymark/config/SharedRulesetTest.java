package dev.waymark.config;

import dev.waymark.model.RuleId;
import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.DurationValue;
import dev.waymark.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `extends:` from a path and from a real jar on the class path; `overrides:` by glob. */
class SharedRulesetTest {
    private static final List<String> RULES = Rules.load().ids();

    private static final String ORG_RULESET = """
            # acme's organisation-wide ruleset
            review: { every: 6m }
            limits: { stepsPerStage: 8 }
            rules:
              missing-evidence: error
              no-objective: off
            overrides:
              - files: ["**/legacy/**"]
                rules: { missing-evidence: warning }
            """;

    static Path jar(Path dir, String resource, String text) throws Exception {
        Path jar = dir.resolve("acme-waymark-ruleset-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(resource));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("acme/base.yaml"));
            out.write("rules: { unused-persona: off }\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static Policy load(Path project) throws InputException {
        return PolicyLoader.load(project, Optional.empty(), RULES);
    }

    @Test
    void aRulesetInAJarOnTheClassPathIsTheStartingPoint(@TempDir Path dir) throws Exception {
        Path jar = jar(dir, "acme/waymark-ruleset.yaml", "extends: base.yaml\n" + ORG_RULESET);
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("waymark.yaml"), """
                extends: classpath:acme/waymark-ruleset.yaml
                limits: { stepsPerJourney: 30 }
                rules:
                  no-objective: info
                """);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(loader);
            Policy p = load(project);
            assertThat(p.review().every()).isEqualTo(new DurationValue(6, 'm'));
            assertThat(p.limits()).isEqualTo(new Policy.Limits(8, 30));
            assertThat(p.severityOf(RuleId.of("missing-evidence"), Severity.INFO)).contains(Severity.ERROR);
            assertThat(p.severityOf(RuleId.of("no-objective"), Severity.WARNING)).contains(Severity.INFO);
            assertThat(p.severityOf(RuleId.of("unused-persona"), Severity.INFO)).as("from base.yaml, next to the ruleset in the jar").isEmpty();
            assertThat(p.overrides()).hasSize(1);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        // without the jar the same file is a clear error naming the line and the cure
        assertThatThrownBy(() -> load(project)).isInstanceOf(InputException.class)
                .hasMessage("waymark.yaml:1:10: extends: there is no `acme/waymark-ruleset.yaml` on the class path; add the jar that holds it"
                        + " to WAYMARK_CLASSPATH (CLI) or to the Waymark plugin's <dependencies> (Maven)");
    }

    @Test
    void aPathIsRelativeToTheFileThatExtendsItAndCyclesAreErrors(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/org.yaml"), ORG_RULESET);
        Path project = Files.createDirectories(dir.resolve("team"));
        Files.writeString(project.resolve("waymark.yaml"), "extends: [../shared/org.yaml]\nsources: [maps]\n");
        Policy p = load(project);
        assertThat(p.severityOf(RuleId.of("missing-evidence"), Severity.INFO)).contains(Severity.ERROR);
        assertThat(p.sources()).containsExactly("maps");

        Files.writeString(dir.resolve("shared/org.yaml"), "extends: ../team/waymark.yaml\n");
        assertThatThrownBy(() -> load(project)).isInstanceOf(InputException.class).hasMessageContaining("extends itself");
        Files.writeString(project.resolve("waymark.yaml"), "extends: nowhere.yaml\n");
        assertThatThrownBy(() -> load(project)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("waymark.yaml:1:10: extends: cannot read `nowhere.yaml`: no such file");
        Files.writeString(dir.resolve("shared/bad.yaml"), "rules: { no-such-rule: off }\n");
        Files.writeString(project.resolve("waymark.yaml"), "extends: ../shared/bad.yaml\n");
        assertThatThrownBy(() -> load(project)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("../shared/bad.yaml:1:10: rules: there is no rule `no-such-rule`");
    }

    private static final String MAP = """
            journey checkout "Checkout" {
              owner @shop
              reviewed 2026-11-01 by @dana
              objective "Pay"
              stage buy "Buy" {
                step a { emotion 1 }
                step b { emotion 1 }
                step c { emotion 1 }
              }
            }
            """;

    @Test
    void overridesApplyRuleLevelsAndLimitsToMatchingFilesOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("waymark.yaml"), """
                limits: { stepsPerStage: 10 }
                rules: { missing-evidence: error }
                overrides:
                  - files: ["legacy/**"]
                    rules: { missing-evidence: off }
                    limits: { stepsPerStage: 2 }
                  - files: ["*.draft.journey"]
                    rules: { missing-evidence: info }
                """);
        Files.createDirectories(dir.resolve("maps/legacy"));
        Files.createDirectories(dir.resolve("legacy/old"));
        Files.writeString(dir.resolve("maps/new.journey"), MAP);
        Files.writeString(dir.resolve("legacy/old/old.journey"), MAP.replace("checkout", "old"));
        Files.writeString(dir.resolve("maps/legacy/wip.draft.journey"), MAP.replace("checkout", "wip"));
        // run from a subfolder: globs stay relative to the waymark.yaml folder
        Path workingDir = dir.resolve("maps");
        Policy policy = PolicyLoader.load(workingDir, Optional.empty(), RULES);
        CheckResult result = Waymark.check(Waymark.CheckRequest.of(List.of(Path.of("."), Path.of("../legacy")), workingDir)
                .withPolicy(policy).withAsOf(LocalDate.of(2026, 11, 22)));
        List<String> found = result.diagnostics().stream()
                .filter(d -> d.rule().id().equals("missing-evidence") || d.rule().id().equals("too-complex"))
                .map(d -> d.span().file().replace(dir.toString(), "(tmp)") + " " + d.rule() + " " + d.severity().label()).sorted().toList();
        assertThat(found).containsExactly(
                "(tmp)/legacy/old/old.journey too-complex warning",
                "legacy/wip.draft.journey missing-evidence info",
                "new.journey missing-evidence error");
    }

    @Test
    void overridesAreCheckedStrictly() {
        assertThatThrownBy(() -> PolicyYaml.parse("overrides:\n  - rules: { missing-evidence: off }\n".getBytes(StandardCharsets.UTF_8), "waymark.yaml", RULES))
                .hasMessageStartingWith("waymark.yaml:2:5: overrides[0]: needs `files`");
        assertThatThrownBy(() -> PolicyYaml.parse("overrides:\n  - files: [a]\n    rulez: {}\n".getBytes(StandardCharsets.UTF_8), "waymark.yaml", RULES))
                .hasMessageContaining("unknown key `overrides[0].rulez` (did you mean `overrides[0].rules`?)");
        assertThatThrownBy(() -> PolicyYaml.parse("overrides: { files: a }\n".getBytes(StandardCharsets.UTF_8), "waymark.yaml", RULES))
                .hasMessageContaining("overrides: expected a list of entries");
    }

    @Test
    void globsFollowGitignoreHabits() {
        assertThat(Globs.matches("*.draft.journey", "a/b/x.draft.journey")).isTrue();
        assertThat(Globs.matches("legacy/**", "legacy/a/b.journey")).isTrue();
        assertThat(Globs.matches("legacy/**", "maps/legacy/b.journey")).isFalse();
        assertThat(Globs.matches("**/legacy/**", "legacy/b.journey")).isTrue();
        assertThat(Globs.matches("./maps/*.journey", "maps/a.journey")).isTrue();
        assertThat(Globs.matches("maps/*.journey", "maps/sub/a.journey")).isFalse();
    }
}
