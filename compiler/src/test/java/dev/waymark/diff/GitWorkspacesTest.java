package dev.waymark.diff;

import dev.waymark.InputException;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.waymark.diff.DiffFixtures.BASE;
import static dev.waymark.diff.DiffFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real repository built with JGit in a temporary folder: two commits and a working-tree edit. */
class GitWorkspacesTest {
    static final String V2 = edit(BASE, "emotion -2 \"Annoyed\" -> +1", "emotion +1 \"Annoyed\" -> +1");

    @TempDir
    Path repo;
    RevCommit first;

    @BeforeEach
    void commits() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("maps/checkout.journey", BASE);
            write("target/generated.journey", "journey ignored \"Build output\" { stage s { step a \"A\" } }\n");
            first = commit(git, "first map");
            git.tag().setName("v1").setObjectId(first).call();
            write("maps/checkout.journey", V2);
            commit(git, "happier checkout");
        }
    }

    @Test
    void diffsTwoRevisions() throws InputException {
        List<String> lines = lines(GitWorkspaces.read(repo, "v1"), GitWorkspaces.read(repo, "HEAD"));
        assertThat(lines).containsExactly("notable step checkout-form emotion: -2 → +1");
        assertThat(GitWorkspaces.read(repo, first.getName()).journeys()).containsOnlyKeys("checkout");
    }

    @Test
    void readsFilesWithRepositoryPathsAndSkipsBuildOutput() throws InputException {
        Workspace ws = GitWorkspaces.read(repo.resolve("maps"), "HEAD");
        assertThat(ws.files()).extracting(f -> f.source().path()).containsExactly("maps/checkout.journey");
    }

    @Test
    void theWorkingTreeIncludesUncommittedEdits() throws Exception {
        write("maps/checkout.journey", edit(V2, "owner @web\n", ""));
        assertThat(lines(GitWorkspaces.read(repo, "HEAD"), GitWorkspaces.workingTree(repo)))
                .containsExactly("breaking stage browse owner removed: @web");
    }

    @Test
    void pathsLimitBothSidesToTheirFolders() throws Exception {
        write("other/returns.journey", "journey returns \"Returns\" { stage s { step a \"A\" } }\n");
        List<Path> maps = List.of(Path.of("maps"));
        assertThat(GitWorkspaces.workingTree(repo, maps).journeys()).containsOnlyKeys("checkout");
        assertThat(GitWorkspaces.workingTree(repo).journeys()).containsOnlyKeys("checkout", "returns");
        assertThat(GitWorkspaces.read(repo, "HEAD", List.of(Path.of("other"))).journeys()).isEmpty();
        assertThat(GitWorkspaces.read(repo, "HEAD", List.of(repo.resolve("maps/checkout.journey"))).journeys()).containsOnlyKeys("checkout");
        assertThatThrownBy(() -> GitWorkspaces.read(repo, "HEAD", List.of(Path.of("/elsewhere"))))
                .isInstanceOf(InputException.class).hasMessageContaining("is outside the git repository");
    }

    @Test
    void anUnknownRevisionSaysSo() {
        assertThatThrownBy(() -> GitWorkspaces.read(repo, "no-such-branch"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("unknown revision 'no-such-branch'");
        assertThatThrownBy(() -> GitWorkspaces.read(repo, "HEAD~7"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("unknown revision 'HEAD~7'");
    }

    @Test
    void aShallowCloneWithoutTheRevisionSaysWhatToFetch() throws Exception {
        Files.writeString(repo.resolve(".git/shallow"), first.getName() + "\n");
        assertThatThrownBy(() -> GitWorkspaces.read(repo, "origin/main"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not in this shallow clone")
                .hasMessageContaining("git fetch --unshallow")
                .hasMessageContaining("fetch-depth: 0");
    }

    @Test
    void aRevisionWithSyntaxErrorsIsRefusedNotDiffedWrongly() throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            write("maps/checkout.journey", V2.replace("stage purchase \"Purchase\" {", "stage purchase \"Purchase\" {{"));
            commit(git, "broken");
        }
        assertThatThrownBy(() -> GitWorkspaces.read(repo, "HEAD"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot diff: revision HEAD has syntax errors")
                .hasMessageContaining("maps/checkout.journey:");
    }

    @Test
    void aFolderOutsideAnyRepositoryIsAnInputError(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> GitWorkspaces.read(elsewhere, "HEAD"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("not in a git repository");
    }

    private static List<String> lines(Workspace before, Workspace after) {
        return WorkspaceDiff.compare(before, after, Policy.defaults(), DiffFixtures.AS_OF).changes().stream()
                .map(DiffFixtures::line).toList();
    }

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        PersonIdent who = new PersonIdent("Dana", "dana@example.com", Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
