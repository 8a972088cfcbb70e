package dev.waymark.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderMojoTest {
    @TempDir
    Path project;

    private final List<String> infos = new ArrayList<>();

    private RenderMojo mojo(String... formats) {
        RenderMojo mojo = new RenderMojo();
        mojo.basedir = project.toFile();
        mojo.executionRoot = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.outputDirectory = project.resolve("target/maps").toFile();
        mojo.asOf = "2026-02-01";
        mojo.formats = List.of(formats);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });
        return mojo;
    }

    private void write(String name, String text) throws Exception {
        Path file = project.resolve("src/main/journeys").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void writesTheChosenFormatsOnly() throws Exception {
        write("a.journey", "journey shop \"Shop\" {\n  owner @team\n  stage s \"S\" {\n    step t \"T\" { emotion 1 }\n  }\n}\n");
        mojo("json", "mermaid").execute();
        assertThat(project.resolve("target/maps/shop.json")).content().contains("\"id\" : \"shop\"");
        assertThat(project.resolve("target/maps/shop.mmd")).exists();
        assertThat(project.resolve("target/maps/shop.svg")).doesNotExist();
        // json also writes the portfolio as data beside the maps
        assertThat(project.resolve("target/maps/portfolio.json")).exists();
        assertThat(infos).containsExactly("Rendered 1 journey into target/maps (3 files)");
    }

    @Test
    void aJourneyWithStructuralErrorsFailsTheGoalNamingThem() throws Exception {
        write("a.journey", "journey shop \"Shop\" {\n  personas nobody\n  stage s \"S\" {\n    step t \"T\" { }\n  }\n}\n");
        assertThatThrownBy(() -> mojo("json").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("src/main/journeys/a.journey:1 journey `shop` not rendered:")
                .hasMessageContaining("src/main/journeys/a.journey:2:12 unresolved-reference");
    }

    @Test
    void mapsThatDeclareNoJourneyFailTheGoalAndLeaveTheOutputAlone() throws Exception {
        write("empty.journey", "");
        write("bom.journey", "\uFEFF");
        write("team.journey", "team @cx \"CX\" { members @kim }\n");
        Files.createDirectories(project.resolve("target/maps"));
        Files.writeString(project.resolve("target/maps/keep.txt"), "mine");
        assertThatThrownBy(() -> mojo("svg", "json").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nothing rendered: the 3 files declare no journey; target/maps was left as it was");
        try (var listing = Files.list(project.resolve("target/maps"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
    }

    @Test
    void whenNoJourneyCanBeRenderedTheGoalSaysSo() throws Exception {
        write("a.journey", "journey shop \"Shop\" {\n  personas nobody\n  stage s \"S\" {\n    step t \"T\" { }\n  }\n}\n");
        assertThatThrownBy(() -> mojo("json").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nothing rendered: no journey could be rendered");
    }

    @Test
    void aModuleWithoutMapsPasses() throws Exception {
        mojo("json").execute();
        Files.createDirectories(project.resolve("src/main/journeys"));
        mojo("json").execute();
        assertThat(infos).hasSize(2).allMatch(line -> line.startsWith("No journey maps"));
        assertThat(project.resolve("target/maps")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAConfigurationError() {
        assertThatThrownBy(() -> mojo("gif").execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("formats: unknown format 'gif'");
    }
}
