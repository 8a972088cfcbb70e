package dev.waymark.diff;

import org.junit.jupiter.api.Test;

import static dev.waymark.diff.DiffFixtures.BASE;
import static dev.waymark.diff.DiffFixtures.edit;
import static dev.waymark.diff.DiffFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceDiffTest {

    @Test
    void theSameMapReformattedHasNoChanges() {
        String reformatted = edit(BASE, "step search \"Searches\" { emotion 0 }", "step search \"Searches\" {\n    emotion 0\n  }")
                .replace("emotion +1\n", "emotion 1\n");
        assertThat(lines(BASE, reformatted)).isEmpty();
        assertThat(lines(BASE, BASE.replace("\n", "\r\n"))).as("CRLF line ends").isEmpty();
    }

    @Test
    void anEmotionChangeIsOneNotableFieldChange() {
        String after = edit(BASE, "emotion -2 \"Annoyed\" -> +1", "emotion +1 \"Relieved\" -> +1");
        assertThat(lines(BASE, after)).containsExactly(
                "notable step checkout-form emotion: -2 → +1",
                "info step checkout-form emotion-label: Annoyed → Relieved");
    }

    @Test
    void removingAnOwnerIsBreakingAndChangingOneIsNotable() {
        String after = edit(BASE, "    owner @checkout-squad\n    step cart", "    step cart");
        after = edit(after, "owner @web", "owner @web-team");
        assertThat(lines(BASE, after)).containsExactly(
                "notable stage browse owner: @web → @web-team",
                "breaking stage purchase owner removed: @checkout-squad");
    }

    @Test
    void aStepUnderANewIdWithTheSameContentIsARename() {
        String after = edit(BASE, "step cart \"Reviews cart\"", "step basket \"Reviews cart\"");
        assertThat(lines(BASE, after)).containsExactly("notable step basket renamed from cart");
    }

    @Test
    void aRenameWithEditsIsPairedByItsTitleAndTheEditsAreListed() {
        String after = edit(BASE, "step cart \"Reviews cart\" { emotion 0 }", "step basket \"Reviews cart\" { emotion -1 }");
        assertThat(lines(BASE, after)).containsExactly(
                "notable step basket renamed from cart",
                "notable step basket emotion: 0 → -1");
    }

    @Test
    void aStepMovedInsideItsStageIsOneMoveAndTheDefaultFlowFollowsAsInfo() {
        String after = edit(BASE, "    step search \"Searches\" { emotion 0 }\n    step product \"Views product\" { emotion +1 }",
                "    step product \"Views product\" { emotion +1 }\n    step search \"Searches\" { emotion 0 }");
        assertThat(lines(BASE, after)).containsExactly(
                "info flow product -> search added",
                "info flow product -> cart removed",
                "notable step search moved: position 1 → 2",
                "info flow search -> cart added",
                "info flow search -> product removed");
    }

    @Test
    void aStageSplitInTwoReadsAsANewStageAndItsStepsMovedIntoIt() {
        String after = edit(BASE, "    step pay \"Pays\" {", "  }\n  stage payment \"Payment\" {\n    step pay \"Pays\" {");
        assertThat(lines(BASE, after)).containsExactly(
                "notable stage payment added",
                "notable step pay moved: stage purchase → payment",
                "notable step confirm moved: stage purchase → payment");
    }

    @Test
    void aStageSplitUnderTwoNewIdsIsARenameOfThePartThatGotMostOfItsSteps() {
        // purchase (cart, checkout-form, pay, confirm) becomes basket (cart) and payment (the other three)
        String after = edit(BASE, "  stage purchase \"Purchase\" {", "  stage basket \"Basket\" {");
        after = edit(after, "    step checkout-form", "  }\n  stage payment \"Payment\" {\n    step checkout-form");
        assertThat(lines(BASE, after)).containsExactly(
                "notable stage basket added",
                "notable step cart moved: stage purchase → basket",
                "notable stage payment renamed from purchase",
                "info stage payment title: Purchase → Payment",
                "breaking stage payment owner removed: @checkout-squad");
    }

    @Test
    void swappedStagesAreOneMoveNotTwo() {
        String j = BASE.substring(BASE.indexOf("journey checkout"));
        String browse = j.substring(j.indexOf("  stage browse"), j.indexOf("  stage purchase"));
        String purchase = j.substring(j.indexOf("  stage purchase"), j.indexOf("  opportunity"));
        String after = edit(BASE, browse + purchase, purchase + browse);
        assertThat(lines(BASE, after)).containsExactly(
                "info flow confirm -> search added",
                "notable stage browse moved: position 1 → 2",
                "info flow product -> cart removed");
    }

    @Test
    void aReviewMadeStaleByTheChangeIsBreaking() {
        String after = edit(BASE, "review every 90d", "review every 14d");
        assertThat(lines(BASE, after)).containsExactly(
                "notable journey checkout review-every: 90d → 14d",
                "breaking journey checkout review-status: current → stale");
    }

    @Test
    void aRemovedReviewIsBreakingAndANewReviewIsInfo() {
        assertThat(lines(BASE, edit(BASE, "  reviewed 2026-10-01 by @dana\n", ""))).containsExactly(
                "info journey checkout reviewed removed: 2026-10-01",
                "info journey checkout reviewed-by removed: @dana",
                "breaking journey checkout review-status: current → missing");
        assertThat(lines(BASE, edit(BASE, "reviewed 2026-10-01 by @dana", "reviewed 2026-10-20 by @lee"))).containsExactly(
                "info journey checkout reviewed: 2026-10-01 → 2026-10-20",
                "info journey checkout reviewed-by: @dana → @lee");
    }

    @Test
    void expandsAndValueAreFieldsOfTheirElements() {
        String before = edit(BASE, "status planned", "status planned\n    value customer 60%");
        before = edit(before, "step cart \"Reviews cart\" { emotion 0 }", "step cart \"Reviews cart\" { emotion 0 expands carting }");
        String after = edit(before, "value customer 60%", "value customer 60% business 30%");
        after = edit(after, "expands carting", "expands basket");
        assertThat(lines(before, after)).containsExactly(
                "notable step cart expands: carting → basket",
                "notable opportunity show-shipping value: customer 60% → customer 60% business 30%");
    }

    @Test
    void aDroppedOpportunityIsBreaking() {
        String after = edit(BASE, "status planned", "status dropped");
        assertThat(lines(BASE, after)).containsExactly("breaking opportunity show-shipping status: planned → dropped");
    }

    @Test
    void aRemovedStepIsBreakingAndTheFlowAroundItChanges() {
        String after = edit(BASE, "    step cart \"Reviews cart\" { emotion 0 }\n", "");
        assertThat(lines(BASE, after)).containsExactly(
                "info flow product -> checkout-form added",
                "info flow product -> cart removed",
                "breaking step cart removed");
    }

    @Test
    void personaAndTeamChangesAreWorkspaceWide() {
        String after = edit(BASE, "members @dana, @lee", "members @dana, @kim");
        after = edit(after, "role \"Marketing manager\"", "role \"Head of marketing\"");
        after = edit(after, "goal \"Find a gift fast\"", "goal \"Find a gift fast\"\n  frustration \"Hidden costs\"");
        var report = DiffFixtures.diff(BASE, after);
        assertThat(report.changes()).allMatch(c -> c.journey().isEmpty());
        assertThat(report.changes().stream().map(DiffFixtures::line)).containsExactly(
                "info persona gift-buyer role: Marketing manager → Head of marketing",
                "notable persona gift-buyer frustration added: Hidden costs",
                "notable team checkout-squad member removed: @lee",
                "notable team checkout-squad member added: @kim");
    }

    @Test
    void aRemovedTeamAndPersonaAreBreaking() {
        String after = BASE.substring(BASE.indexOf("journey checkout"));
        assertThat(lines(BASE, after)).containsExactly(
                "breaking persona gift-buyer removed",
                "breaking team checkout-squad removed");
    }

    @Test
    void flowEdgesDiffByTargetAndShare() {
        String after = edit(BASE, "next confirm 90%", "next confirm 80%, cart 20%");
        assertThat(lines(BASE, after)).containsExactly(
                "notable flow pay -> confirm share: 90% → 80%",
                "notable flow pay -> cart added: 20%");
    }

    @Test
    void painsDiffByIdOrByTextAndAResolvedPainIsNotable() {
        String after = edit(BASE, "      pain \"Too many fields\"\n", "      pain \"Address autocomplete fails\" severity high\n");
        after = edit(after, "severity critical", "severity medium");
        assertThat(lines(BASE, after)).containsExactly(
                "notable pain surprise-shipping severity: critical → medium",
                "notable pain Address autocomplete fails added",
                "notable pain Too many fields removed");
    }

    @Test
    void aJourneyUnderANewIdIsARenameAndItsInsidesStillDiff() {
        String after = edit(BASE, "journey checkout \"Buying jewelry\"", "journey buy-jewelry \"Buying jewelry\"");
        after = edit(after, "step search \"Searches\" { emotion 0 }", "step search \"Searches the shop\" { emotion 0 }");
        assertThat(lines(BASE, after)).containsExactly(
                "notable journey buy-jewelry renamed from checkout",
                "info step search title: Searches → Searches the shop");
    }

    @Test
    void addedAndRemovedJourneysAreOneChangeEach() {
        String other = "journey returns \"Returning an item\" { owner @support stage s { step a \"A\" } }\n";
        assertThat(lines(BASE, BASE + other)).containsExactly("notable journey returns added");
        assertThat(lines(BASE + other, BASE)).containsExactly("breaking journey returns removed");
    }

    @Test
    void opportunityAddressesAreItemsAndAnAddedOpportunityIsNotable() {
        String after = edit(BASE, "addresses surprise-shipping", "addresses surprise-shipping, checkout-form");
        after = edit(after, "  }\n}\n", "  }\n  opportunity autocomplete \"Address autocomplete\" { owner @web }\n}\n");
        assertThat(lines(BASE, after)).containsExactly(
                "notable opportunity show-shipping addresses added: checkout-form",
                "notable opportunity autocomplete added");
    }
}
