package dev.waymark.lsp;

import dev.waymark.bench.WorkspaceGenerator;
import dev.waymark.check.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectTest {
    @TempDir
    Path root;

    @Test
    void aKeystrokeReparsesOnlyTheEditedFile() throws Exception {
        WorkspaceGenerator.generate(root, 40, 2);
        Project project = new Project(Optional.of(root));
        Rules rules = Rules.load();
        Snapshot first = project.snapshot(List.of(), rules);
        assertThat(first.workspace().files()).hasSize(41);
        assertThat(project.cache().parses()).isEqualTo(41);

        Path edited = root.resolve("journey-0007.journey");
        String text = Files.readString(edited);
        OpenDocument buffer = OpenDocument.of(edited.toUri().toString(), text, 1);
        project.snapshot(List.of(buffer), rules);
        assertThat(project.cache().parses()).as("same bytes as on disk: nothing to parse").isEqualTo(41);

        Snapshot typed = project.snapshot(List.of(buffer.withText(text.replace("journey journey-0007 ", "journey edited "), 2)), rules);
        assertThat(project.cache().parses()).isEqualTo(42);
        assertThat(typed.workspace().journeys()).containsKey("edited").doesNotContainKey("journey-0007");
        assertThat(typed.uriOf("journey-0007.journey")).isEqualTo(buffer.uri());
    }

    @Test
    void theBufferWinsOverTheFileAndAFileChangedOnDiskIsReadAgain() throws Exception {
        Path file = root.resolve("a.journey");
        Files.writeString(file, "persona p \"P\" { }\n");
        Project project = new Project(Optional.of(root));
        Rules rules = Rules.load();
        assertThat(project.snapshot(List.of(), rules).workspace().personas()).containsOnlyKeys("p");

        OpenDocument buffer = OpenDocument.of(file.toUri().toString(), "persona q \"Q\" { }\n", 1);
        assertThat(project.snapshot(List.of(buffer), rules).workspace().personas()).containsOnlyKeys("q");

        Files.writeString(file, "persona r \"R\" { }\npersona s \"S\" { }\n");
        assertThat(project.snapshot(List.of(), rules).workspace().personas()).containsOnlyKeys("r", "s");
    }

    @Test
    void aWatchedFolderIsReadAgainOnlyWhereTheWatcherSaysItChanged() throws Exception {
        Path a = root.resolve("a.journey");
        Path b = root.resolve("b.journey");
        Files.writeString(a, "persona p \"P\" { }\n");
        Files.writeString(b, "persona q \"Q\" { }\n");
        Project project = new Project(Optional.of(root));
        java.util.concurrent.Semaphore changes = new java.util.concurrent.Semaphore(0);
        project.watch(changes::release);
        Rules rules = Rules.load();
        try {
            assertThat(project.snapshot(List.of(), rules).workspace().personas()).containsOnlyKeys("p", "q");
            int parses = project.cache().parses();

            // an edit in a buffer reads nothing from disk: nothing is parsed but the buffer
            OpenDocument buffer = OpenDocument.of(a.toUri().toString(), "persona typed \"T\" { }\n", 1);
            assertThat(project.snapshot(List.of(buffer), rules).workspace().personas()).containsOnlyKeys("typed", "q");
            assertThat(project.cache().parses()).isEqualTo(parses + 1);
            // the next keystroke, the same buffers open: only the buffer is parsed, the other file is the very same
            // parse and the URIs the same map, not looked at again
            Snapshot before = project.snapshot(List.of(buffer), rules);
            Snapshot after = project.snapshot(List.of(buffer.withText("persona typed2 \"T\" { }\n", 2)), rules);
            assertThat(after.workspace().personas()).containsOnlyKeys("typed2", "q");
            assertThat(project.cache().parses()).isEqualTo(parses + 2);
            assertThat(after.file("b.journey").orElseThrow()).isSameAs(before.file("b.journey").orElseThrow());
            assertThat(after.uris()).isSameAs(before.uris());
            assertThat(project.snapshot(List.of(buffer), rules).workspace().personas()).containsOnlyKeys("typed", "q");

            Files.writeString(b, "persona r \"R\" { }\n");
            assertThat(changes.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)).as("the watcher saw the save").isTrue();
            // the write may be seen as it begins (an empty file) and then again: wait for the last word
            long until = System.nanoTime() + 10_000_000_000L;
            while (!project.snapshot(List.of(buffer), rules).workspace().personas().containsKey("r") && System.nanoTime() < until) {
                changes.tryAcquire(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            assertThat(project.snapshot(List.of(buffer), rules).workspace().personas()).containsOnlyKeys("typed", "r");

            Files.writeString(root.resolve("c.journey"), "persona s \"S\" { }\n");
            // the save of b may have come as two bursts: wait for the one that names c
            long end = System.nanoTime() + 10_000_000_000L;
            while (!project.snapshot(List.of(buffer), rules).workspace().personas().containsKey("s") && System.nanoTime() < end) {
                changes.tryAcquire(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            // the buffer closed: the file as saved counts again
            assertThat(project.snapshot(List.of(), rules).workspace().personas()).containsOnlyKeys("p", "r", "s");
        } finally {
            project.close();
        }
    }

    @Test
    void aBrokenPolicyIsReportedOnWaymarkYamlAndTheDefaultsApply() throws Exception {
        Files.writeString(root.resolve("waymark.yaml"), "review: [unclosed\n");
        Files.writeString(root.resolve("a.journey"), "persona p \"P\" { }\n");
        Snapshot snapshot = new Project(Optional.of(root)).snapshot(List.of(), Rules.load());
        assertThat(snapshot.configProblems()).singleElement().satisfies(d -> {
            assertThat(d.rule().id()).isEqualTo("config");
            assertThat(d.span().file()).isEqualTo("waymark.yaml");
        });
        assertThat(snapshot.uriOf("waymark.yaml")).isEqualTo(root.resolve("waymark.yaml").toUri().toString());
        assertThat(snapshot.workspace().personas()).containsOnlyKeys("p");
    }
}
