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
}
