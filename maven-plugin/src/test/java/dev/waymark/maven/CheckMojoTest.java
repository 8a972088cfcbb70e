package dev.waymark.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The goal driven directly, without Maven: messages, failOn, asOf and the up-to-date index. */
class CheckMojoTest {
    @TempDir
    Path project;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private static final String HEALTHY = """
            journey checkout "Checkout" {
              owner @shop
              reviewed 2026-01-15 by @dana
              objective "Pay without surprises"
              stage buy "Buy" {
                step pay "Pays" {
                  emotion +1
                  evidence "Exit survey"
                }
              }
            }
            """;

    private CheckMojo mojo(String asOf) {
        CheckMojo mojo = new CheckMojo();
        mojo.basedir = project.toFile();
        mojo.executionRoot = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.reportDirectory = project.resolve("target/waymark").toFile();
        mojo.asOf = asOf;
        mojo.failOn = "error";
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.waymark");
        plugin.setArtifactId("waymark-maven-plugin");
        plugin.setVersion("test");
        mojo.plugin = plugin;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        return mojo;
    }

    private Path write(String name, String text) throws Exception {
        Path file = project.resolve("src/main/journeys").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void failsListingEachProblemAsFileLineColumnRuleMessageWithASummary() throws Exception {
        write("a.journey", HEALTHY.replace("  owner @shop\n", ""));
        assertThatThrownBy(() -> mojo("2026-02-01").execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Waymark check failed (failOn=error):\n  src/main/journeys/a.journey:1:9 missing-owner journey `checkout` has no owner")
                .hasMessageContaining("\n  src/main/journeys/a.journey:5:10 missing-owner step `pay` has no owner")
                .hasMessageEndingWith("Waymark: 1 file, 1 journey: 2 errors, 0 warnings, 0 infos");
        // the temp folder is no git working copy: unreviewed-change is silent there unless waymark.yaml names it
        assertThat(warnings).isEmpty();
        assertThat(project.resolve("target/waymark/check.index")).doesNotExist();
    }

    @Test
    void anUnchangedProjectIsNotCheckedAgainUntilAMapOrTheAsOfDateChanges() throws Exception {
        Path map = write("a.journey", HEALTHY);
        mojo("2026-02-01").execute();
        assertThat(infos).anyMatch(s -> s.startsWith("Waymark: 1 file, 1 journey: 0 errors"));

        infos.clear();
        mojo("2026-02-01").execute();
        assertThat(infos).singleElement().asString().startsWith("Journey maps up to date: 1 file unchanged");

        infos.clear();
        assertThatThrownBy(() -> mojo("2026-06-01").execute()).hasMessageContaining("stale-review");

        Files.writeString(map, HEALTHY.replace("emotion +1", "emotion +2"));
        infos.clear();
        mojo("2026-02-01").execute();
        assertThat(infos).noneMatch(s -> s.startsWith("Journey maps up to date"));
    }

    @Test
    void belowFailOnProblemsAreLoggedAndTheBuildPasses() throws Exception {
        write("a.journey", HEALTHY.replace("  objective \"Pay without surprises\"\n", ""));
        mojo("2026-02-01").execute();
        assertThat(warnings).anyMatch(s -> s.startsWith("src/main/journeys/a.journey:1:9 no-objective "));
    }

    @Test
    void aBadAsOfDateOrFailOnLevelIsAConfigurationError() throws Exception {
        write("a.journey", HEALTHY);
        assertThatThrownBy(() -> mojo("2026-02-30").execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessage("asOf (waymark.asOf) must be a date like 2026-10-15, not '2026-02-30'");
        CheckMojo mojo = mojo(null);
        mojo.failOn = "fatal";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("failOn");
    }

    @Test
    void globSourcesOfWaymarkYamlFindTheSameMapsAsTheCommandLine() throws Exception {
        Files.writeString(project.resolve("waymark.yaml"), "sources:\n  - \"maps/**/*.journey\"\n");
        Path top = project.resolve("maps/a.journey");
        Path deep = project.resolve("maps/x/y/b.journey");
        Files.createDirectories(deep.getParent());
        Files.writeString(top, HEALTHY);
        Files.writeString(deep, HEALTHY.replace("checkout", "returns").replace("  owner @shop\n", ""));
        Files.createDirectories(project.resolve("maps/target"));
        Files.writeString(project.resolve("maps/target/copy.journey"), "journey broken {");
        assertThatThrownBy(() -> mojo("2026-02-01").execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("maps/x/y/b.journey:1:9 missing-owner journey `returns` has no owner")
                .hasMessageNotContaining("maps/a.journey")
                .hasMessageNotContaining("copy.journey");
        assertThat(infos).noneMatch(s -> s.startsWith("No journey maps"));
    }

    @Test
    void aGlobMatchingNothingSaysWhatItLookedFor() throws Exception {
        Files.writeString(project.resolve("waymark.yaml"), "sources:\n  - \"maps/**/*.journey\"\n");
        mojo(null).execute();
        assertThat(infos).containsExactly("No journey maps: [maps/**/*.journey] not found");
    }

    @Test
    void aProjectWithoutMapsPasses() throws Exception {
        mojo(null).execute();
        assertThat(infos).containsExactly("No journey maps: [src/main/journeys] not found");
    }

    @Test
    void skipDoesNothing() throws Exception {
        write("a.journey", "journey broken {");
        CheckMojo mojo = mojo(null);
        mojo.skip = true;
        mojo.sourceDirectories = List.of(new File("src/main/journeys"));
        mojo.execute();
        assertThat(infos).containsExactly("Waymark check skipped (waymark.skip)");
    }

    @Test
    void aBaselineKeepsOldFindingsFromFailingTheBuildButNotNewOnes() throws Exception {
        Path map = write("checkout.journey", HEALTHY.replace("  owner @shop\n", ""));
        Path baseline = project.resolve("waymark-baseline.json");
        CheckMojo adopt = mojo("2026-02-01");
        adopt.baseline = baseline.toFile();
        adopt.updateBaseline = true;
        adopt.execute();
        assertThat(Files.readString(baseline)).contains("\"rule\" : \"missing-owner\"", "\"file\" : \"src/main/journeys/checkout.journey\"");
        assertThat(infos).anyMatch(l -> l.equals("Wrote 2 findings to the baseline waymark-baseline.json"));

        CheckMojo adopted = mojo("2026-02-01");
        adopted.baseline = baseline.toFile();
        adopted.execute();
        assertThat(infos).anyMatch(l -> l.equals("2 findings in the baseline waymark-baseline.json, not failing the build"));

        Files.writeString(map, "// a note\n" + Files.readString(map) + "journey later { stage s { step x { emotion 1 evidence \"e\" } } }\n");
        CheckMojo after = mojo("2026-02-01");
        after.baseline = baseline.toFile();
        assertThatThrownBy(after::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("journey `later` has no owner")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("journey `checkout` has no owner"));
    }
}
