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
}
