package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.waymark.check.Fixture.diagnostics;
import static dev.waymark.check.Fixture.of;
import static dev.waymark.check.Fixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** `// waymark-ignore RULE[, RULE] -- reason`, and what is reported about suppressions themselves. */
class SuppressionTest {

    @Test
    void silencesItsRulesOnTheDeclarationThatFollowsAndEverythingInside() {
        List<Diagnostic> d = diagnostics("""
                // waymark-ignore missing-emotion, no-objective -- research pending
                journey j {
                  owner @x
                  stage s { step a { } }
                }
                journey k {
                  owner @x
                  stage s {
                    // waymark-ignore missing-emotion -- backstage in all but name
                    step a { }
                    step b { }
                  }
                }
                """);
        assertThat(of("missing-emotion", d)).containsExactly("missing-emotion 11:10 warning");
        assertThat(of("no-objective", d)).containsExactly("no-objective 6:9 warning");
        assertThat(d).noneMatch(x -> x.rule().id().startsWith("suppression") || x.rule().id().equals("unused-suppression"));
    }

    @Test
    void aSuppressionWithoutAReasonIsAnErrorUnlessThePolicyWaivesIt() {
        String text = """
                journey j {
                  owner @x
                  stage s {
                    // waymark-ignore missing-emotion
                    step a { }
                    // waymark-ignore missing-emotion --
                    step b { }
                  }
                }
                """;
        List<Diagnostic> d = diagnostics(text);
        assertThat(of("suppression-reason", d)).containsExactly("suppression-reason 4:5 error", "suppression-reason 6:5 error");
        assertThat(of("missing-emotion", d)).as("the suppression still applies").isEmpty();
        assertThat(Fixture.check(policy("suppressions: { requireReason: false }"), text).diagnostics())
                .noneMatch(x -> x.rule().id().equals("suppression-reason"));
    }

    @Test
    void aRuleThatDoesNotFireThereIsReportedAtItsNameInTheComment() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  owner @x
                  stage s {
                    // waymark-ignore missing-emotion, missing-owner -- why not
                    step a { }
                  }
                }
                """);
        assertThat(of("unused-suppression", d)).containsExactly("unused-suppression 4:40 warning");
        assertThat(d.stream().filter(x -> x.rule().id().equals("unused-suppression")).findFirst().orElseThrow().message())
                .isEqualTo("`missing-owner` finds no problem in step `a`, so suppressing it there silences nothing");
    }

    @Test
    void anUnknownRuleGetsAHintAndSyntaxCannotBeSuppressed() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  owner @x
                  stage s {
                    // waymark-ignore missing-emotoin, syntax -- typo
                    step a { emotion 1 }
                  }
                }
                """);
        assertThat(of("unused-suppression", d)).containsExactly("unused-suppression 4:23 warning", "unused-suppression 4:40 warning");
        assertThat(d.stream().filter(x -> x.rule().id().equals("unused-suppression")).map(x -> x.help().orElse("") + x.message()))
                .anySatisfy(s -> assertThat(s).startsWith("did you mean `missing-emotion`?"))
                .anySatisfy(s -> assertThat(s).contains("syntax errors cannot be suppressed"));
    }

    @Test
    void aCommentNotFollowedByADeclarationOrNamingNoRuleSilencesNothing() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  // waymark-ignore missing-owner -- above a property, not a declaration
                  owner @x
                  stage s {
                    // waymark-ignore -- forgot the rule
                    step a { emotion 1 }
                  }
                }
                // waymark-ignore no-objective -- at the end of the file
                """);
        assertThat(of("unused-suppression", d)).containsExactly("unused-suppression 2:3 warning",
                "unused-suppression 5:5 warning", "unused-suppression 9:1 warning");
    }

    @Test
    void rulesTurnedOffAreNotJudgedAndAuditRulesHaveTheirSeveritiesConfigured() {
        String text = """
                journey j {
                  owner @x
                  stage s {
                    // waymark-ignore missing-evidence, priority-gap -- quiet
                    step a { emotion 1 }
                  }
                }
                """;
        assertThat(of("unused-suppression", Fixture.check(policy("rules: { priority-gap: off }"), text).diagnostics()))
                .as("missing-evidence fires on the journey, not the step").containsExactly("unused-suppression 4:23 warning");
        assertThat(of("unused-suppression", Fixture.check(policy("rules: { unused-suppression: error, priority-gap: off }"), text).diagnostics()))
                .containsExactly("unused-suppression 4:23 error");
        assertThat(Fixture.check(policy("rules: { unused-suppression: off }"), text).diagnostics())
                .noneMatch(x -> x.rule().id().equals("unused-suppression"));
    }
}
