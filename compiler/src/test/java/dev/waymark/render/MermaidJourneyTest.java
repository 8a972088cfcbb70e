package dev.waymark.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidJourneyTest {

    @Test
    void mapsEmotionOntoOneToFiveKeepingItsSign() {
        assertThat(MermaidJourney.score(-3)).isEqualTo(1);
        assertThat(MermaidJourney.score(-2)).isEqualTo(2);
        assertThat(MermaidJourney.score(-1)).isEqualTo(2);
        assertThat(MermaidJourney.score(0)).isEqualTo(3);
        assertThat(MermaidJourney.score(1)).isEqualTo(4);
        assertThat(MermaidJourney.score(2)).isEqualTo(4);
        assertThat(MermaidJourney.score(3)).isEqualTo(5);
        assertThat(MermaidJourney.score(-9)).isEqualTo(1);
        assertThat(MermaidJourney.score(12)).isEqualTo(5);
    }

    @Test
    void writesSectionsTasksAndActors() throws Exception {
        String mmd = new String(MermaidJourney.render(Fixtures.view(Fixtures.sample(), "checkout")), StandardCharsets.UTF_8);
        assertThat(mmd).startsWith("journey\n  title Buying handcrafted jewelry online\n  section Discover\n")
                .contains("    Fills in shipping and payment: 2: Gift buyer Gina, Collector Carl\n")
                .contains("    Unboxes the gift: 5: Gift buyer Gina, Collector Carl\n");
    }

    @Test
    void makesTextSafeForMermaidSyntax() {
        assertThat(MermaidJourney.safe("Pay: now; #1 %% note\nnext")).isEqualTo("Pay∶ now； ＃1 %\u200B% note next");
        assertThat(MermaidJourney.safe("section two")).startsWith("\u2060section");
        assertThat(MermaidJourney.safe("%off on Fridays")).isEqualTo("\u2060%off on Fridays");
        assertThat(MermaidJourney.safe("  %%{init}%%")).isEqualTo("\u2060%\u200B%(init)%\u200B%");
        assertThat(MermaidJourney.safe("\u0000")).isEqualTo("(untitled)");
    }
}
