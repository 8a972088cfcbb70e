package dev.waymark;

import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.config.PolicyLoader;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped examples are what a new user runs first, so they must stay clean under every
 * rule and under their own waymark.yaml. Review dates are judged as of a fixed day so the
 * examples do not go stale with the calendar.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @ValueSource(strings = {"jewelry-shop", "b2b-procurement", "support-escalation", "energy-lifecycle"})
    void exampleHasNoErrorsAndNoWarningsUnderItsOwnPolicy(String name) throws InputException {
        Path dir = EXAMPLES.resolve(name).toAbsolutePath().normalize();
        assertThat(dir.resolve(PolicyLoader.FILE_NAME)).isRegularFile();
        Policy policy = PolicyLoader.load(dir, Optional.empty(), dev.waymark.check.Rules.load().ids());

        Waymark.CheckRequest request = new Waymark.CheckRequest(List.of(dir), dir, policy, AS_OF, ChangeHistory.NONE, Rules.load());
        CheckResult result = Waymark.check(request);

        List<String> findings = result.diagnostics().stream()
                .filter(d -> d.severity() != Severity.INFO)
                .map(ExamplesTest::describe)
                .toList();
        assertThat(findings).as("errors and warnings in examples/%s", name).isEmpty();
        // several files per example, at least one journey each: an empty folder must not pass
        assertThat(result.summary().files()).isGreaterThanOrEqualTo(3);
        assertThat(result.summary().journeys()).isGreaterThanOrEqualTo(1);
    }

    private static String describe(Diagnostic d) {
        return d.span().file() + ":" + d.span().line() + ":" + d.span().column() + " " + d.severity() + "[" + d.rule() + "] " + d.message();
    }
}
