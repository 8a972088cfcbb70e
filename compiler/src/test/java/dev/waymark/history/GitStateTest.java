package dev.waymark.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GitStateTest {
    @TempDir
    Path dir;

    @Test
    void namesTheCheckedOutCommitFromLooseOrPackedRefsAndTellsAShallowClone() throws Exception {
        Path repoDir = dir.resolve("repo");
        String commit;
        try (TestRepo repo = TestRepo.init(repoDir)) {
            commit = repo.write("a.journey", "one\n").commit(LocalDate.parse("2026-01-01"), "Start").name();
        }
        Path sub = Files.createDirectories(repoDir.resolve("maps/deep"));
        assertThat(GitState.of(sub)).isEqualTo("refs/heads/main " + commit);

        Files.delete(repoDir.resolve(".git/refs/heads/main"));
        Files.writeString(repoDir.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted \n"
                + "0000000000000000000000000000000000000001 refs/heads/other\n" + commit + " refs/heads/main\n");
        assertThat(GitState.of(sub)).isEqualTo("refs/heads/main " + commit);

        Files.writeString(repoDir.resolve(".git/shallow"), commit + "\n");
        assertThat(GitState.of(sub)).isEqualTo("refs/heads/main " + commit + " shallow");
    }

    @Test
    void outsideARepositoryItSaysSo() {
        assertThat(GitState.of(dir)).isEqualTo("not in a git repository");
    }
}
