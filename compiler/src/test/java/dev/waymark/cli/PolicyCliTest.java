package dev.waymark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `waymark check` with a policy and the CI formats, `waymark init` and `waymark explain`, through the real CLI. */
class PolicyCliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = WaymarkCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void initWritesAStarterThatPassesAtWarningLevelAndNeverOverwrites(@TempDir Path dir) throws Exception {
        Run init = run("init", dir.toString(), "--as-of", "2026-11-22");
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("waymark.yaml", "journeys/first.journey");
        assertThat(Files.readString(dir.resolve("waymark.yaml"))).contains("# ", "review:", "requireReason: true");
        assertThat(Files.readString(dir.resolve("journeys/first.journey"))).contains("reviewed 2026-11-22 by @you");

        Run check = run("check", "--config", dir.resolve("waymark.yaml").toString(), "--as-of", "2026-11-22",
                "--fail-on", "info", "--format", "json");
        assertThat(check.err()).isEmpty();
        JsonNode summary = new ObjectMapper().readTree(check.out()).get("summary");
        assertThat(summary.toString()).isEqualTo("{\"files\":1,\"journeys\":1,\"errors\":0,\"warnings\":0,\"infos\":0}");
        assertThat(check.code()).isZero();

        Files.writeString(dir.resolve("journeys/first.journey"), "changed");
        Run again = run("init", dir.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("waymark.yaml already exists").contains("writes nothing");
        assertThat(Files.readString(dir.resolve("journeys/first.journey"))).isEqualTo("changed");
    }

    @Test
    void exitCodesFollowTheFailLevelAndTheConfig(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("maps"));
        Files.writeString(dir.resolve("maps/a.journey"), """
                journey a {
                  owner @x
                  reviewed 2026-11-01
                  objective "o"
                  stage s { step one { evidence "e" } }
                }
                """);
        Files.writeString(dir.resolve("waymark.yaml"), "sources: [maps]\n");
        String config = dir.resolve("waymark.yaml").toString();
        assertThat(run("check", "--config", config, "--as-of", "2026-11-22").code()).as("a warning only").isZero();
        assertThat(run("check", "--config", config, "--as-of", "2026-11-22", "--fail-on", "warning").code()).isEqualTo(1);
        Files.writeString(dir.resolve("waymark.yaml"), "sources: [maps]\nrules:\n  missing-emotion: error\n");
        Run raised = run("check", "--config", config, "--as-of", "2026-11-22");
        assertThat(raised.code()).isEqualTo(1);
        assertThat(raised.out()).contains("maps/a.journey:5:18: error[missing-emotion]");
        Files.writeString(dir.resolve("waymark.yaml"), "sources: [maps]\nrules:\n  missing-emotion: off\n");
        assertThat(run("check", "--config", config, "--as-of", "2026-11-22", "--fail-on", "warning").code()).isZero();
        Files.writeString(dir.resolve("waymark.yaml"), "sources: [maps]\nrulez:\n  missing-emotion: off\n");
        Run bad = run("check", "--config", config);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("waymark.yaml:2:1: unknown key `rulez` (did you mean `rules`?)").doesNotContain("Exception");
        assertThat(run("check", "--config", config, "--as-of", "2026-11-22", "--format", "sarif", dir.resolve("maps").toString()).code())
                .as("the config is read even when paths are given").isEqualTo(2);
    }

    @Test
    void checkWritesEachCiFormat(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.journey"), "journey a { stage s { step one { } } }\n");
        String file = dir.resolve("a.journey").toString();
        Run sarif = run("check", "--format", "sarif", "--as-of", "2026-11-22", file);
        assertThat(sarif.code()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(sarif.out()).get("version").asText()).isEqualTo("2.1.0");
        Run github = run("check", "--format", "github", "--as-of", "2026-11-22", file);
        assertThat(github.out()).contains("::error file=", "title=missing-owner::", "::warning file=", "title=missing-emotion::");
        Run junit = run("check", "--format", "junit", "--as-of", "2026-11-22", file);
        assertThat(junit.out()).startsWith("<?xml").contains("<testcase", "name=\"missing-owner\"", "<failure type=\"error\"");
    }

    @Test
    void explainPrintsEveryRulesPageAndListsThemAll() {
        Run list = run("explain");
        assertThat(list.code()).isZero();
        for (Rule r : Rules.load().all()) {
            assertThat(list.out()).contains(r.id());
            Run page = run("explain", r.id());
            assertThat(page.code()).isZero();
            assertThat(page.out()).startsWith("# " + r.id());
        }
        Run unknown = run("explain", "stale-reviews");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean 'stale-review'?");
    }
}
