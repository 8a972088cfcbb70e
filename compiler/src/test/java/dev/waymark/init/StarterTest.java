package dev.waymark.init;

import dev.waymark.check.Fixture;
import dev.waymark.config.Policy;
import dev.waymark.format.Formatter;
import dev.waymark.model.SourceText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StarterTest {
    private static final String JOURNEY = Starter.files(Fixture.AS_OF).get(1).text();

    @Test
    void theStarterJourneyIsCleanUnderEveryRuleAndDatedTheDayOfTheInit() {
        assertThat(Fixture.check(Policy.defaults(), JOURNEY).diagnostics()).isEmpty();
        assertThat(JOURNEY).contains("reviewed 2026-11-22 by @you", "due 2027-02-20").doesNotContain("{{");
        assertThat(Starter.files(LocalDate.of(2030, 1, 1)).get(1).text()).contains("reviewed 2030-01-01");
    }

    @Test
    void theStarterJourneyIsAlreadyInCanonicalLayout() {
        assertThat(Formatter.format(new SourceText("first.journey", JOURNEY))).contains(JOURNEY);
    }

    /** The file says its values are the defaults: they must be, and what it suggests must be marked as such. */
    @Test
    void theStarterConfigHoldsExactlyTheDefaultsAndMarksItsExamples() throws Exception {
        String yaml = Starter.files(Fixture.AS_OF).get(0).text();
        Policy p = Fixture.policy(yaml);
        Policy d = Policy.defaults();
        assertThat(p.review()).isEqualTo(d.review());
        assertThat(p.owners()).isEqualTo(d.owners());
        assertThat(p.limits()).isEqualTo(d.limits());
        assertThat(p.rules()).isEqualTo(d.rules());
        assertThat(p.suppressions()).isEqualTo(d.suppressions());
        assertThat(p.sources()).containsExactly("journeys");
        assertThat(yaml).contains("the values below are the defaults, except `sources`", "examples, not the defaults");
        var rules = dev.waymark.check.Rules.load();
        for (String line : yaml.lines().filter(l -> l.matches("\\s*# [a-z-]+: (error|warning|info|off)")).toList()) {
            String[] parts = line.strip().substring(2).split(": ");
            var rule = rules.all().stream().filter(r -> r.id().equals(parts[0])).findFirst().orElseThrow();
            assertThat(rule.defaultSeverity().label()).as("an example must differ from the default, or it suggests nothing")
                    .isNotEqualTo(parts[1]);
        }
    }
}
