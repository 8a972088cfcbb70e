package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One cause, reported alone: the facts it made unknowable are not reported as false. */
class KnockOnsTest {
    private static final String MAP = """
            persona shopper "Shopper" { role "Buys" }
            journey returns "Returns" {
              owner @cx
              reviewed 2026-11-01 by @kim
              objective "Painless returns"
              personas shopper
              stage start "Start" {
                step find-form "Finds the form" {
                  emotion -1 "Bored"
                  importance customer 4
                  performance customer 3
                  evidence "Survey 2026"
                  next print-label 90%
                }
                step print-label "Prints the label" {
                  emotion 1 "Relieved"
                  pain slow "Printer jams" severity high
                }
              }
              opportunity fix-printing "Offer QR codes" {
                owner @cx
                addresses slow
                status planned
                due 2027-01-10
              }
            }
            """;

    static Stream<Arguments> causes() {
        return Stream.of(
                Arguments.of("next print-label 90%", "next print-lable 90%", "unresolved-reference"),
                Arguments.of("personas shopper", "personas shoper", "unresolved-reference"),
                Arguments.of("addresses slow", "addresses slwo", "unresolved-reference"),
                Arguments.of("reviewed 2026-11-01", "reviewed 2026-13-01", "invalid-value"),
                
                Arguments.of("status planned", "status plannd", "invalid-value"),
                Arguments.of("due 2027-01-10", "due 2026-02-30", "invalid-value"),
                Arguments.of("performance customer 3", "performance customer 0", "invalid-value"),
                Arguments.of("emotion -1 \"Bored\"", "lane frontstge", "invalid-value"),
                Arguments.of("owner @cx\n  reviewed", "owner cx\n  reviewed", "syntax"),
                Arguments.of("evidence \"Survey 2026\"", "evidence Survey", "syntax"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("causes")
    void aCauseIsReportedAlone(String from, String to, String rule) {
        String fixed = MAP;
        String broken = fixed.replace(from, to);
        assertThat(broken).isNotEqualTo(fixed);
        assertThat(Fixture.diagnostics(fixed)).isEmpty();
        List<Diagnostic> found = Fixture.diagnostics(broken);
        assertThat(found).extracting(d -> d.rule() + " " + d.message()).as(to)
                .extracting(t -> t.substring(0, t.indexOf(' '))).containsExactly(rule);
    }
}
