package dev.waymark;

import dev.waymark.check.CheckResult;
import dev.waymark.syntax.SourceParser;
import dev.waymark.resolve.Workspace;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The language tour in README.md is a complete map that passes every rule: readers paste it. */
class ReadmeTourTest {

    @Test
    void theReadmeTourPassesTheCheck() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## The language in one minute");
        assertThat(section).as("the tour section").isPositive();
        int start = readme.indexOf("```\n", section) + 4;
        String tour = readme.substring(start, readme.indexOf("```\n", start));
        assertThat(tour).contains("journey online-purchase");
        Workspace ws = new Workspace(List.of(SourceParser.parse("README.md", tour.getBytes(StandardCharsets.UTF_8))));
        CheckResult result = Waymark.check(ws, Waymark.CheckRequest.of(List.of(), Path.of(".")).withAsOf(LocalDate.of(2026, 11, 22)));
        assertThat(result.diagnostics()).isEmpty();
    }
}
