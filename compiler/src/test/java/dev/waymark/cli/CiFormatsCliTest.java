package dev.waymark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `--format github` writes the job summary; `--format gitlab` and a hostile file name through the CLI. */
class CiFormatsCliTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        CheckCommand.environment = System::getenv;
    }

    @Test
    void githubAppendsTheWholeReportToTheStepSummary() throws Exception {
        Path map = dir.resolve("a b:c.journey");
        Files.writeString(map, "journey j { stage s { step a { } } }\n");
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        CheckCommand.environment = name -> name.equals("GITHUB_STEP_SUMMARY") ? summary.toString() : null;
        CliRun run = CliRun.of("check", "--format", "github", "--as-of", "2026-11-22", map.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("::error file=").contains("%3Ac.journey");
        String md = Files.readString(summary, StandardCharsets.UTF_8);
        assertThat(md).startsWith("earlier step\n### Waymark check\n\n");
        assertThat(md).contains("| error | `missing-owner` |").contains("a b:c.journey:1:9");
    }

    @Test
    void gitlabFormatIsAnArrayOfIssues() throws Exception {
        Path map = dir.resolve("m,1%#.journey");
        Files.writeString(map, "journey j { stage s { step a { } } }\n");
        CliRun run = CliRun.of("check", "--format", "gitlab", "--as-of", "2026-11-22", map.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode issues = new ObjectMapper().readTree(run.out());
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.get(0).get("location").get("path").asText()).endsWith("m,1%#.journey");
        assertThat(issues.findValuesAsText("check_name")).contains("missing-owner");
    }

    @Test
    void sarifDoesNotCrashOnHostileNames() throws Exception {
        Path map = dir.resolve("x y:z,1%2#3 \u00e4.journey");
        Files.writeString(map, "journey j { stage s { step a { } } }\n");
        CliRun run = CliRun.of("check", "--format", "sarif", "--as-of", "2026-11-22", map.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(run.out()).findValuesAsText("uri"))
                .anyMatch(u -> u.endsWith("x%20y%3Az%2C1%252%233%20%C3%A4.journey"));
    }
}
