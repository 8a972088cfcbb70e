package dev.waymark.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesTest {

    @Test
    void foldersAndGlobsResolveRelativeToTheWaymarkYamlNotTheWorkingFolder(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("maps/b2b"));
        Files.writeString(repo.resolve("maps/a.journey"), "");
        Files.writeString(repo.resolve("maps/b2b/b.journey"), "");
        Files.writeString(repo.resolve("maps/notes.txt"), "");
        Files.createDirectories(repo.resolve("journeys"));
        Policy policy = Policy.defaults().withFile(repo.resolve("waymark.yaml"));
        Policy withSources = new Policy(List.of("journeys", "maps/**.journey"), policy.review(), policy.owners(), policy.limits(),
                policy.rules(), policy.suppressions(), policy.file());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        assertThat(Sources.resolve(withSources, elsewhere)).containsExactly(
                repo.resolve("journeys"), repo.resolve("maps/a.journey"), repo.resolve("maps/b2b/b.journey"));
    }

    @Test
    void withoutAFileSourcesAreRelativeToTheWorkingFolder(@TempDir Path dir) {
        Policy p = Policy.defaults();
        Policy withSources = new Policy(List.of("journeys"), p.review(), p.owners(), p.limits(), p.rules(), p.suppressions(), p.file());
        assertThat(Sources.resolve(withSources, dir)).containsExactly(dir.resolve("journeys"));
        assertThat(Sources.isGlob("maps/*.journey")).isTrue();
        assertThat(Sources.isGlob("maps")).isFalse();
    }

    @Test
    void doubleStarSlashAlsoMatchesNoFolderAndSkippedFoldersAreNeverEntered(@TempDir Path dir) throws Exception {
        for (String f : List.of("maps/a.journey", "maps/x/b.journey", "maps/x/y/c.journey", "maps/target/copy.journey",
                "maps/.cache/d.journey", "maps/node_modules/e.journey", "other/f.journey", "maps/a.txt")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), "");
        }
        Policy p = Policy.defaults().withFile(dir.resolve("waymark.yaml"));
        Policy glob = new Policy(List.of("maps/**/*.journey"), p.review(), p.owners(), p.limits(), p.rules(), p.suppressions(), p.file());
        assertThat(Sources.resolve(glob, dir)).containsExactly(
                dir.resolve("maps/a.journey"), dir.resolve("maps/x/b.journey"), dir.resolve("maps/x/y/c.journey"));
        Policy leading = new Policy(List.of("**/*.journey"), p.review(), p.owners(), p.limits(), p.rules(), p.suppressions(), p.file());
        assertThat(Sources.resolve(leading, dir)).contains(dir.resolve("maps/a.journey"), dir.resolve("other/f.journey"))
                .doesNotContain(dir.resolve("maps/target/copy.journey"), dir.resolve("maps/.cache/d.journey"),
                        dir.resolve("maps/node_modules/e.journey"));
        assertThat(Sources.resolveOr(Policy.defaults(), dir, List.of(dir.resolve("src")))).containsExactly(dir.resolve("src"));
    }

    @Test
    void theSkippedFoldersAreHiddenOnesBuildOutputAndDependencies() {
        assertThat(List.of(".git", ".idea", "target", "node_modules")).allMatch(Sources::skippedFolder);
        assertThat(List.of("maps", "targets", "src", "modules")).noneMatch(Sources::skippedFolder);
    }
}
