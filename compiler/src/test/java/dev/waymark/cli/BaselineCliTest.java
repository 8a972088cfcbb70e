package dev.waymark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A team adopts a baseline on a broken workspace; later only new findings fail. */
class BaselineCliTest {
    @TempDir
    Path dir;

    private static final String BROKEN = """
            journey checkout "Checkout" {
              stage buy "Buy" {
                step cart "Cart" { }
                step pay "Pay" { emotion -2 "Anxious" pain "Card declined" }
              }
            }
            journey returns "Returns" {
              owner @cx
              stage send "Send" { step label "Label" { } }
            }
            """;

    private CliRun check(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "check";
        args[1] = "--no-color";
        args[2] = "--as-of";
        args[3] = "2026-11-22";
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    @Test
    void adoptThenOnlyTheNewFindingFails() throws Exception {
        Path maps = Files.createDirectories(dir.resolve("maps"));
        Path map = maps.resolve("shop.journey");
        Files.writeString(map, BROKEN, StandardCharsets.UTF_8);
        Path baseline = dir.resolve("waymark-baseline.json");

        CliRun before = check(maps.toString());
        assertThat(before.exit()).isEqualTo(1);

        CliRun adopt = check("--baseline", baseline.toString(), "--update-baseline", maps.toString());
        assertThat(adopt.exit()).as(adopt.err()).isZero();
        assertThat(adopt.out()).matches("wrote \\d+ findings to the baseline .*waymark-baseline.json\n");
        JsonNode written = new ObjectMapper().readTree(baseline.toFile());
        assertThat(written.get("waymark-baseline").asInt()).isEqualTo(1);
        assertThat(written.get("findings").findValuesAsText("file")).allMatch(f -> f.equals("maps/shop.journey"));
        assertThat(written.get("findings").findValuesAsText("element")).contains("journey:checkout", "journey:checkout/stage:buy/step:cart");

        CliRun adopted = check("--baseline", baseline.toString(), maps.toString());
        assertThat(adopted.exit()).as(adopted.out()).isZero();
        assertThat(adopted.out()).contains("no problems found in 1 file, 2 journeys")
                .containsPattern("\\d+ findings in the baseline, not shown and not failing the check");

        // lines above move everything; a new journey brings new findings of rules already baselined elsewhere
        String edited = "// moved down by a comment\n\n" + BROKEN + "journey later \"Later\" {\n  stage s { step x { } }\n}\n";
        Files.writeString(map, edited, StandardCharsets.UTF_8);
        CliRun after = check("--baseline", baseline.toString(), maps.toString());
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.out().lines().filter(l -> l.contains(": error[") || l.contains(": warning[") || l.contains(": info[")))
                .isNotEmpty()
                .allMatch(l -> Integer.parseInt(l.split(":")[1]) >= 13, "every finding shown is in the new journey (line 13 on)");
        assertThat(after.out()).contains("error[missing-owner]").contains("journey `later`");

        // the same from another folder: the baseline names files relative to itself
        CliRun json = check("--baseline", baseline.toString(), "--format", "sarif", maps.toString());
        JsonNode sarif = new ObjectMapper().readTree(json.out());
        try (var in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7)
                    .getSchema(in).validate(sarif)).as("baselineState and suppressions as the SARIF 2.1.0 schema has them").isEmpty();
        }
        JsonNode results = sarif.get("runs").get(0).get("results");
        int fresh = 0, accepted = 0;
        for (JsonNode r : results) {
            if (r.get("baselineState").asText().equals("new")) fresh++;
            else {
                accepted++;
                assertThat(r.get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
            }
        }
        assertThat(fresh).isPositive();
        assertThat(accepted).isEqualTo(written.get("findings").size());
    }

    @Test
    void fixedFindingsAreReportedAsStaleAndABrokenBaselineIsExit2() throws Exception {
        Path map = dir.resolve("a.journey");
        Files.writeString(map, BROKEN, StandardCharsets.UTF_8);
        Path baseline = dir.resolve("b.json");
        assertThat(check("--baseline", baseline.toString(), map.toString()).err()).contains("no such baseline; create it with --update-baseline");
        assertThat(check("--baseline", baseline.toString(), "--update-baseline", map.toString()).exit()).isZero();
        Files.writeString(map, BROKEN.replace("{ step label \"Label\" { } }", "{ step label \"Label\" { emotion 1 \"ok\" } }"));
        CliRun run = check("--baseline", baseline.toString(), map.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).containsPattern("waymark: \\d+ baseline entr(y is|ies are) no longer found in .*b.json");
        Files.writeString(baseline, "{\"findings\": 3}");
        CliRun broken = check("--baseline", baseline.toString(), map.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("not a Waymark baseline");
        CliRun lonely = check("--update-baseline", map.toString());
        assertThat(lonely.exit()).isEqualTo(2);
        assertThat(lonely.err()).contains("--update-baseline needs --baseline FILE");
    }
}
