package dev.waymark.cli;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest {
    static final String OLD = """
            journey checkout "Checkout" {
              owner @shop
              reviewed 2026-11-01 by @dana
              stage purchase "Purchase" {
                owner @checkout-squad
                step pay "Pays" { emotion -1 }
              }
            }
            """;
    static final String NO_STAGE_OWNER = OLD.replace("    owner @checkout-squad\n", "");
    static final String HAPPIER = OLD.replace("emotion -1", "emotion +1");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WaymarkCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void failOnSetsTheExitCodeByLevel() throws Exception {
        String old = file("old.journey", OLD);
        String removed = file("removed.journey", NO_STAGE_OWNER);
        String happier = file("happier.journey", HAPPIER);
        assertThat(run("diff", old, removed).code()).isEqualTo(0);
        assertThat(run("diff", old, removed, "--fail-on", "breaking", "--as-of", "2026-11-22").code()).isEqualTo(1);
        assertThat(run("diff", old, happier, "--fail-on", "breaking", "--as-of", "2026-11-22").code()).isEqualTo(0);
        assertThat(run("diff", old, happier, "--fail-on", "notable", "--as-of", "2026-11-22").code()).isEqualTo(1);
        Run text = run("diff", old, removed, "--no-color");
        assertThat(text.out()).contains("breaking stage purchase  owner removed: @checkout-squad");
    }

    @Test
    void outWritesTheReportToAFileAndNothingToStdout() throws Exception {
        Path report = dir.resolve("reports/diff.md");
        Run r = run("diff", file("a.journey", OLD), file("b.journey", HAPPIER), "--format", "markdown", "--out", report.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("## Waymark: journey map changes").contains("**emotion**: `-1` → `+1`");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
        if (report.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                    .as("readable like any new file, not private like a temporary one").isEqualTo("rw-r--r--");
        }
    }

    @Test
    void aFileWithSyntaxErrorsIsExit2WithItsLocation() throws Exception {
        Run r = run("diff", file("a.journey", OLD), file("b.journey", OLD.replace("step pay \"Pays\"", "step pay \"Pays")));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot diff:").contains("has syntax errors").contains("b.journey:6:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badUsageIsExit2() throws Exception {
        assertThat(run("diff", file("a.journey", OLD)).err()).contains("give two files or folders");
        assertThat(run("diff", file("a.journey", OLD)).code()).isEqualTo(2);
        assertThat(run("diff", "--git", "HEAD", "a", "b").code()).isEqualTo(2);
        assertThat(run("diff", "a.journey", "b.journey", "--fail-on", "fatal").code()).isEqualTo(2);
        assertThat(run("diff", dir.resolve("missing").toString(), dir.toString()).err()).contains("no such file or folder");
    }

    @Test
    void gitRevisionsAndTheWorkingTree() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            file("checkout.journey", OLD);
            commit(git, "one");
            file("checkout.journey", HAPPIER);
            commit(git, "two");
        }
        String repo = dir.toString();
        // `--path .` (relative to --repo): independent of any waymark.yaml around the build's folder
        Run two = run("diff", "--git", "HEAD~1", "HEAD", "--repo", repo, "--path", ".", "--format", "json");
        assertThat(two.code()).isEqualTo(0);
        assertThat(two.out()).contains("\"field\" : \"emotion\"").contains("\"new\" : \"+1\"");
        file("checkout.journey", NO_STAGE_OWNER);
        Run tree = run("diff", "--git", "HEAD", "--repo", repo, "--path", ".", "--fail-on", "breaking", "--no-color");
        assertThat(tree.code()).isEqualTo(1);
        assertThat(tree.out()).contains("owner removed: @checkout-squad").contains("emotion: +1 → -1");
        Run bad = run("diff", "--git", "release/9", "--repo", repo, "--path", ".");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("waymark: unknown revision 'release/9'");
    }

    private static void commit(Git git, String message) throws Exception {
        PersonIdent who = new PersonIdent("Dana", "dana@example.com", Instant.parse("2026-10-01T10:00:00Z"), ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void aNewSideWithErrorsIsReportedAndFailsWithFailOn() throws Exception {
        String old = file("old.journey", OLD);
        String unowned = file("unowned.journey", HAPPIER.replace("  owner @shop\n", ""));
        Run plain = run("diff", old, unowned, "--no-color", "--as-of", "2026-11-22");
        assertThat(plain.code()).as(plain.err()).isEqualTo(0);
        assertThat(plain.err()).startsWith("waymark: the new side has ").contains(" error, the first: ")
                .contains("unowned.journey:1:9: journey `checkout` has no owner").contains("(with --fail-on, diff exits 1 on them)");
        Run failing = run("diff", old, unowned, "--fail-on", "breaking", "--format", "json", "--as-of", "2026-11-22");
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.err()).contains("the new side has").doesNotContain("with --fail-on");
        assertThat(failing.out()).startsWith("{");
        // the old side broken is no reason to fail: the change fixes it
        Run fixed = run("diff", unowned, old, "--fail-on", "breaking", "--as-of", "2026-11-22");
        assertThat(fixed.err()).doesNotContain("new side");
    }
}
