package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.waymark.check.Fixture.diagnostics;
import static dev.waymark.check.Fixture.of;
import static dev.waymark.check.Fixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** Each policy and map-quality rule on a small hand-written workspace: where it fires, where it does not. */
class PolicyRulesTest {

    /** A journey that breaks no rule at all, as of {@link Fixture#AS_OF}. */
    static final String CLEAN = """
            team @shop "Shop" { members @dana }
            persona gina "Gina" { }
            journey checkout "Checkout" {
              owner @shop
              reviewed 2026-11-01 by @dana
              objective "Fewer abandoned carts"
              personas gina
              stage buy "Buy" {
                step cart "Opens the cart" { emotion 0 evidence "Interviews" }
                step pay "Pays" { emotion -1 }
              }
            }
            """;

    @Test
    void aCleanJourneyBreaksNoRule() {
        assertThat(diagnostics(CLEAN)).isEmpty();
    }

    @Test
    void missingOwnerOnTheJourneyEveryOwnerlessStepAndTheOpportunity() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  stage s { step a { emotion 1 } step b { emotion 1 } }
                  opportunity o { }
                  opportunity p { owner @x }
                }
                """);
        assertThat(of("missing-owner", d)).containsExactly("missing-owner 1:9 error", "missing-owner 2:18 error",
                "missing-owner 2:39 error", "missing-owner 3:15 error");
    }

    @Test
    void missingOwnerOnAStepWhenTheJourneyNeedsNoneOfItsOwn() {
        List<Diagnostic> d = Fixture.check(policy("owners: { explicit: [opportunity] }"), """
                journey j {
                  stage s { owner @a  step a { emotion 1 } }
                  stage t { step b { emotion 1 } }
                }
                """).diagnostics();
        assertThat(of("missing-owner", d)).containsExactly("missing-owner 3:18 error");
    }

    @Test
    void ownersExplicitStageAndStepDemandOwnersOfTheirOwn() {
        List<Diagnostic> d = Fixture.check(policy("owners: { explicit: [journey, stage, step] }"), """
                journey j {
                  owner @a
                  stage s { step a { emotion 1 owner @b } step b { emotion 1 } }
                  stage t { owner @c step c { emotion 1 owner @d } }
                }
                """).diagnostics();
        assertThat(of("missing-owner", d)).containsExactly("missing-owner 3:9 error", "missing-owner 3:48 error");
    }

    @Test
    void unknownOwnerOnlyWhenTeamsAreDeclaredWithAHint() {
        String journey = """
                journey j {
                  owner @shopp
                  stage s { owner @dana step a { emotion 1 owner @lee } }
                }
                """;
        assertThat(of("unknown-owner", diagnostics(journey))).isEmpty();
        List<Diagnostic> d = diagnostics(journey, "team @shop \"Shop\" { members @dana }\n");
        assertThat(of("unknown-owner", d)).containsExactly("unknown-owner 2:9 error", "unknown-owner 3:50 error");
        assertThat(d.stream().filter(x -> x.rule().id().equals("unknown-owner")).findFirst().orElseThrow().help())
                .contains("did you mean `@shop`?");
    }

    @Test
    void reviewRulesJudgeTheAsOfDate() {
        String missing = "journey a { owner @x }\n";
        String stale = "journey b {\n  owner @x\n  reviewed 2026-01-10 by @d\n}\n";           // due 2026-04-10
        String soon = "journey c {\n  owner @x\n  reviewed 2026-08-30\n}\n";                  // due 2026-11-28
        String everyOwn = "journey d {\n  owner @x\n  reviewed 2026-01-10\n  review every 1y\n}\n";
        String future = "journey e {\n  owner @x\n  reviewed 2026-11-23\n}\n";
        String dueToday = "journey f {\n  owner @x\n  reviewed 2026-08-24\n}\n";              // due 2026-11-22: not yet stale
        List<Diagnostic> d = diagnostics(missing, stale, soon, everyOwn, future, dueToday);
        assertThat(d.stream().filter(x -> x.rule().id().contains("review"))
                .map(x -> x.span().file() + " " + x.rule() + " " + x.span().line() + ":" + x.span().column() + " " + x.severity().label()))
                .containsExactly(
                        "f0.journey missing-review 1:9 error",
                        "f1.journey stale-review 3:3 error",
                        "f2.journey review-due-soon 3:3 warning",
                        "f4.journey review-in-future 3:12 error",
                        "f5.journey review-due-soon 3:3 warning");
        assertThat(d.get(d.size() - 1).message()).contains("falls due on 2026-11-22, today");
    }

    @Test
    void reviewEveryAndWarnBeforeComeFromThePolicy() {
        String j = "journey b {\n  owner @x\n  reviewed 2026-10-01\n}\n";
        assertThat(of("stale-review", Fixture.check(policy("review: { every: 30d }"), j).diagnostics()))
                .containsExactly("stale-review 3:3 error");
        assertThat(of("review-due-soon", Fixture.check(policy("review: { warnBefore: 60d }"), j).diagnostics()))
                .containsExactly("review-due-soon 3:3 warning");
        assertThat(Fixture.check(policy("review: { every: 6m }"), j).diagnostics()).noneMatch(x -> x.rule().id().contains("review"));
    }

    @Test
    void opportunityOverdueUnlessDoneOrDropped() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  opportunity a { owner @x due 2026-11-21 status planned }
                  opportunity b { owner @x due 2026-11-21 status done }
                  opportunity c { owner @x due 2026-11-21 status dropped }
                  opportunity e { owner @x due 2026-11-22 }
                  opportunity f { owner @x due 2026-01-01 }
                }
                """);
        assertThat(of("opportunity-overdue", d)).containsExactly("opportunity-overdue 2:32 warning", "opportunity-overdue 6:32 warning");
    }

    @Test
    void missingEmotionOnlyInTheCustomerLane() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  stage s {
                    step a { }
                    step b { lane customer }
                    step c { lane backstage }
                    step d { emotion 0 }
                  }
                }
                """);
        assertThat(of("missing-emotion", d)).containsExactly("missing-emotion 3:10 warning", "missing-emotion 4:10 warning");
    }

    @Test
    void missingEvidenceAndNoObjectivePointAtTheJourney() {
        List<Diagnostic> d = diagnostics("journey j { stage s { step a { emotion 1 } } }\n",
                "journey k { objective \"o\" stage s { step a { emotion 1 evidence \"e\" } } }\n");
        assertThat(d.stream().filter(x -> x.rule().id().equals("missing-evidence") || x.rule().id().equals("no-objective"))
                .map(x -> x.span().file() + " " + x.rule() + " " + x.span().line() + ":" + x.span().column() + " " + x.severity().label()))
                .containsExactly("f0.journey missing-evidence 1:9 info", "f0.journey no-objective 1:9 warning");
    }

    @Test
    void tooComplexUsesTheLimits() {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 13; i++) steps.append("    step s").append(i).append(" { emotion 0 }\n");
        String j = "journey j {\n  stage big {\n" + steps + "  }\n  stage small { step x { emotion 0 } }\n}\n";
        assertThat(of("too-complex", diagnostics(j))).containsExactly("too-complex 2:9 warning");
        assertThat(of("too-complex", Fixture.check(policy("limits: { stepsPerStage: 13, stepsPerJourney: 13 }"), j).diagnostics()))
                .containsExactly("too-complex 1:9 warning");
    }

    @Test
    void painWithoutOpportunityByPainIdStepOrStage() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  stage s {
                    step a { emotion 0 pain p1 "x" severity critical pain p2 "y" severity high pain p3 "z" severity medium }
                    step b { emotion 0 pain q1 "x" severity high }
                    step c { emotion 0 pain "unnamed" severity high }
                  }
                  stage t { step d { emotion 0 pain r1 "x" severity high } }
                  opportunity o1 { owner @x addresses p1 }
                  opportunity o2 { owner @x addresses b }
                  opportunity o3 { owner @x addresses t }
                  opportunity o4 { owner @x addresses c status dropped }
                }
                """);
        assertThat(of("pain-without-opportunity", d)).containsExactly("pain-without-opportunity 3:59 info",
                "pain-without-opportunity 5:24 info");
    }

    @Test
    void emptyStageUnusedPersonaUnreachableStep() {
        List<Diagnostic> d = diagnostics("""
                persona used "U" { }
                persona stepper "S" { }
                persona idle "I" { }
                journey j {
                  personas used
                  stage s {
                    step a { emotion 0 persona stepper next c }
                    step b { emotion 0 }
                    step c { emotion 0 next end }
                    step d { emotion 0 }
                  }
                  stage e { }
                }
                """);
        assertThat(of("empty-stage", d)).containsExactly("empty-stage 12:9 warning");
        assertThat(of("unused-persona", d)).containsExactly("unused-persona 3:9 info");
        assertThat(of("unreachable-step", d)).containsExactly("unreachable-step 8:10 warning", "unreachable-step 10:10 warning");
    }

    @Test
    void aStepAnotherJourneyLeadsIntoIsReachable() {
        List<Diagnostic> d = diagnostics("""
                journey j { stage s { step a { emotion 0 next k.help } } }
                journey k { stage s { step start { emotion 0 next end } step help { emotion 0 next end } step lost { emotion 0 } } }
                """);
        assertThat(of("unreachable-step", d)).containsExactly("unreachable-step 2:95 warning");
    }

    @Test
    void priorityGapOnImportantStepsCustomersRatePoorly() {
        List<Diagnostic> d = diagnostics("""
                journey j {
                  stage s {
                    step a { emotion 0 importance customer 4 performance customer 2 }
                    step b { emotion 0 importance customer 5 performance customer 3 }
                    step c { emotion 0 importance customer 5 performance customer 1 }
                  }
                  opportunity o { owner @x addresses c }
                }
                """);
        assertThat(of("priority-gap", d)).as("planned work does not close the gap; better ratings do")
                .containsExactly("priority-gap 3:10 info", "priority-gap 5:10 info");
    }
}
