package dev.waymark.history;

import dev.waymark.check.ChangeHistory;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GitChangeHistoryTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    @TempDir
    Path dir;

    @Test
    void changesAreListedWithTheCurrentLinesTheyTouched() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("a.journey", "one\ntwo\nthree\n").commit(LocalDate.parse("2026-01-01"), "Start");
            repo.write("a.journey", "one\nTWO\nthree\n").commit(LocalDate.parse("2026-02-01"), "Shout");
            repo.write("a.journey", "zero\none\nTWO\nthree\n").commit(LocalDate.parse("2026-03-01"), "Prepend");
        }
        try (GitChangeHistory history = GitChangeHistory.open(dir.resolve("sub/.."), TODAY)) {
            assertThat(history.unavailableReason()).isEmpty();
            assertThat(history.changesAfter("a.journey", LocalDate.parse("2026-01-15")))
                    .extracting(ChangeHistory.Change::summary, ChangeHistory.Change::date, ChangeHistory.Change::lines)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Prepend", LocalDate.parse("2026-03-01"), java.util.List.of(1)),
                            org.assertj.core.groups.Tuple.tuple("Shout", LocalDate.parse("2026-02-01"), java.util.List.of(3)));
            assertThat(history.changesAfter("a.journey", LocalDate.parse("2026-03-01"))).isEmpty();
            assertThat(history.changesAfter("missing.journey", LocalDate.parse("2020-01-01"))).isEmpty();
        }
    }

    @Test
    void aLinkedWorkTreeReadsObjectsFromTheMainRepositoryAndItsOwnHead() throws Exception {
        Path main = dir.resolve("main");
        try (TestRepo repo = TestRepo.init(main)) {
            repo.write("a.journey", "one\n").commit(LocalDate.parse("2026-01-01"), "Start");
            repo.write("a.journey", "One\n").commit(LocalDate.parse("2026-01-10"), "Capital");
            repo.write("a.journey", "One\ntwo\n").commit(LocalDate.parse("2026-02-01"), "On main");
        }
        try (Git git = Git.open(main.toFile())) {
            git.branchCreate().setName("feature").setStartPoint("HEAD~1").call();
        }
        // what `git worktree add ../wt feature` leaves behind
        Path own = Files.createDirectories(main.resolve(".git/worktrees/wt"));
        Files.writeString(own.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(own.resolve("commondir"), "../..\n");
        Path wt = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(wt.resolve(".git"), "gitdir: " + own + "\n");
        Files.writeString(wt.resolve("a.journey"), "One\n");

        try (GitChangeHistory history = GitChangeHistory.open(wt, TODAY)) {
            assertThat(history.unavailableReason()).isEmpty();
            assertThat(history.changesAfter("a.journey", LocalDate.parse("2025-12-01")))
                    .extracting(ChangeHistory.Change::summary).as("the commit adding the file is its first version, not a change")
                    .containsExactly("Capital");
        }
    }
}
