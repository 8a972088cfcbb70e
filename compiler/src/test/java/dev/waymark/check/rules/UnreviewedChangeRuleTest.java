package dev.waymark.check.rules;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.Rules;
import dev.waymark.history.GitChangeHistory;
import dev.waymark.history.TestRepo;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnreviewedChangeRuleTest {
    private static final LocalDate BEFORE = LocalDate.parse("2026-10-01");
    private static final LocalDate REVIEWED = LocalDate.parse("2026-10-15");
    private static final LocalDate AFTER = LocalDate.parse("2026-11-02");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    @TempDir
    Path dir;

    private static String journeys(String checkoutReviewed, String payEmotion, String returnsStep) {
        return """
                journey checkout "Checkout" {
                  owner @shop
                  reviewed %s by @dana
                  review every 90d
                  stage buy "Buy" {
                    step pay "Pays" {
                      emotion %s
                    }
                  }
                }

                journey returns "Returns" {
                  owner @shop
                  reviewed 2026-10-15 by @dana
                  stage send "Send back" {
                    step %s "Sends the parcel" {
                      emotion 0
                    }
                  }
                }
                """.formatted(checkoutReviewed, payEmotion, returnsStep);
    }

    private List<Diagnostic> check(Path workingDir) throws Exception {
        try (GitChangeHistory history = GitChangeHistory.open(workingDir, TODAY)) {
            return check(workingDir, history);
        }
    }

    private static List<Diagnostic> check(Path workingDir, ChangeHistory history) throws Exception {
        return check(workingDir, history, dev.waymark.config.Policy.defaults());
    }

    private static List<Diagnostic> check(Path workingDir, ChangeHistory history, dev.waymark.config.Policy policy) throws Exception {
        var request = Waymark.CheckRequest.of(List.of(workingDir), workingDir).withAsOf(TODAY).withHistory(history)
                .withPolicy(policy).withRules(Rules.of(List.of(new UnreviewedChangeRule())));
        return Waymark.check(request).diagnostics();
    }

    @Test
    void aContentChangeCommittedAfterTheReviewIsReportedAtTheReviewLine() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(BEFORE, "First maps");
            repo.write("maps/shop.journey", journeys("2026-10-15", "-2", "post")).commit(AFTER, "Pay hurts more");
        }
        List<Diagnostic> found = check(dir);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.rule().id()).isEqualTo("unreviewed-change");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.span().file()).isEqualTo("maps/shop.journey");
            assertThat(d.span().line()).isEqualTo(3);
            assertThat(d.message()).contains("`checkout`", "2026-10-15", "1 change", "2026-11-02", "Ana Author", "Pay hurts more");
        });
    }

    @Test
    void changesOnOrBeforeTheReviewDateDoNotCount() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(BEFORE, "First maps");
            repo.write("maps/shop.journey", journeys("2026-10-15", "-2", "post")).commit(REVIEWED, "Reviewed with Dana");
        }
        assertThat(check(dir)).isEmpty();
    }

    @Test
    void aChangeToTheReviewLineAloneIsNotAContentChange() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/shop.journey", journeys("2026-09-01", "-1", "post")).commit(BEFORE, "First maps");
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(AFTER, "Record the review");
        }
        assertThat(check(dir)).isEmpty();
    }

    @Test
    void onlyTheJourneyWhoseLinesChangedIsReported() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(BEFORE, "First maps");
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "ship")).commit(AFTER, "Rename the returns step");
        }
        assertThat(check(dir)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("`returns`"))
                .satisfies(d -> assertThat(d.span().line()).isEqualTo(14));
    }

    @Test
    void uncommittedEditsCountDatedToday() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(BEFORE, "First maps");
            repo.write("maps/shop.journey", journeys("2026-10-15", "+1", "post"));
        }
        assertThat(check(dir)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("`checkout`", "uncommitted changes (2026-11-20)"));
    }

    @Test
    void laterChangesElsewhereDoNotHideAnEarlierContentChange() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(BEFORE, "First maps");
            repo.write("maps/shop.journey", journeys("2026-10-15", "-2", "post")).commit(AFTER, "Pay hurts more");
            // a later commit inserts lines above, so the first change now sits on other line numbers
            repo.write("maps/shop.journey", "// shop maps\n\n" + journeys("2026-10-15", "-2", "post"))
                    .commit(AFTER.plusDays(1), "Header comment");
        }
        assertThat(check(dir)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("`checkout`", "1 change since", "Pay hurts more"));
    }

    @Test
    void aShallowCloneSkipsTheRuleWithOneWarningSayingHowToFetchHistory() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(BEFORE, "First maps");
            var head = repo.write("maps/shop.journey", journeys("2026-10-15", "-2", "post")).commit(AFTER, "Pay hurts more");
            Files.writeString(dir.resolve(".git/shallow"), head.name() + "\n");
        }
        assertThat(check(dir)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("not checked", "shallow", "git fetch --unshallow", "fetch-depth: 0");
        });
    }

    @Test
    void outsideARepositoryTheRuleIsSilentUnlessNamedInTheConfigThenSaysSoOnce() throws Exception {
        Path maps = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(maps.resolve("shop.journey"), journeys("2026-10-15", "-1", "post"));
        try (GitChangeHistory history = GitChangeHistory.open(dir, TODAY)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(history.outsideVersionControl(), "the temp folder is inside a repository");
            assertThat(check(dir, history)).isEmpty();
            var enabled = dev.waymark.check.Fixture.policy("rules: { unreviewed-change: warning }");
            assertThat(check(dir, history, enabled)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("not inside a git repository"));
        }
    }

    @Test
    void theCommitThatAddsAMapIsNotAChangeAfterItsReview() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("maps/other.journey", "// other\n").commit(BEFORE, "Start");
            // written from a workshop held on the review date, committed weeks later
            repo.write("maps/shop.journey", journeys("2026-10-15", "-1", "post")).commit(AFTER, "Add the shop maps");
            assertThat(check(dir)).isEmpty();
            repo.write("maps/shop.journey", journeys("2026-10-15", "-2", "post")).commit(AFTER.plusDays(1), "Pay hurts more");
        }
        assertThat(check(dir)).singleElement().satisfies(d -> assertThat(d.message()).contains("1 change since", "Pay hurts more"));
    }

    @Test
    void withoutAHistoryTheRuleIsSilent() throws Exception {
        Path maps = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(maps.resolve("shop.journey"), journeys("2026-10-15", "-1", "post"));
        assertThat(check(dir, ChangeHistory.NONE)).isEmpty();
    }
}
