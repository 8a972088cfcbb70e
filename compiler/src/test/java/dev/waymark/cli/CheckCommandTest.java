package dev.waymark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static final String BROKEN_REFERENCE = """
            persona gift-buyer "Gina" { }
            journey checkout "Checkout" {
              personas gift-buyr
              stage buy "Buy" {
                step cart "Cart" { next checkout-form }
                step checkout-form "Form" { }
              }
            }
            """;

    @Test
    void textFormatShowsLocationSourceLineCaretAndHelp() throws IOException {
        Path f = write("a.journey", BROKEN_REFERENCE);
        CliRun run = CliRun.of("check", "--no-color", "--as-of", "2026-11-22", f.toString());
        String file = f.toString().replace('\\', '/');
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":3:12: error[unresolved-reference] persona `gift-buyr` is not declared in this workspace\n"
                + " 3 |   personas gift-buyr\n"
                + "   |            ^^^^^^^^^\n"
                + "  help: did you mean `gift-buyer`?\n");
        assertThat(run.out()).containsPattern("\\d+ errors?, \\d+ warnings?, \\d+ infos? in 1 file, 1 journey\n$");
    }

    @Test
    void jsonFormatHasExactlyTheContractShape() throws IOException {
        Path f = write("a.journey", BROKEN_REFERENCE);
        CliRun run = CliRun.of("check", "--format", "json", f.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode d = null;
        for (JsonNode n : root.get("diagnostics")) {
            if (n.get("rule").asText().equals("unresolved-reference")) d = n;
        }
        assertThat(d).as("the unresolved-reference diagnostic").isNotNull();
        assertThat(d.get("rule").asText()).isEqualTo("unresolved-reference");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("file").asText()).isEqualTo(f.toString().replace('\\', '/'));
        assertThat(d.get("line").asInt()).isEqualTo(3);
        assertThat(d.get("column").asInt()).isEqualTo(12);
        assertThat(d.get("endLine").asInt()).isEqualTo(3);
        assertThat(d.get("endColumn").asInt()).isEqualTo(21);
        assertThat(d.get("message").asText()).contains("gift-buyr");
        JsonNode s = root.get("summary");
        assertThat(s.get("files").asInt()).isEqualTo(1);
        assertThat(s.get("journeys").asInt()).isEqualTo(1);
        assertThat(s.get("errors").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(s.has("warnings")).isTrue();
        assertThat(s.has("infos")).isTrue();
    }

    @Test
    void missingPathIsExitTwoWithThePathInTheMessage() {
        CliRun run = CliRun.of("check", dir.resolve("nope.journey").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nope.journey").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutJourneyFilesIsExitTwoNotASilentPass() throws IOException {
        Files.createDirectories(dir.resolve("wrong-folder"));
        for (String command : new String[] {"check", "fmt"}) {
            CliRun run = CliRun.of(command, dir.resolve("wrong-folder").toString());
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("no .journey files under").contains("wrong-folder");
        }
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(CliRun.of("check", "--fail-on", "loud").exit()).isEqualTo(2);
        assertThat(CliRun.of("check", "--as-of", "2026-02-30").exit()).isEqualTo(2);
        assertThat(CliRun.of("chek").err()).contains("check");
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.of("--version").out()).startsWith("waymark ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("check", "explain");
    }

    @Test
    void explainPrintsAPageAndSuggestsForATypo() {
        CliRun page = CliRun.of("explain", "duplicate-id");
        assertThat(page.exit()).isZero();
        assertThat(page.out()).startsWith("# duplicate-id (error)")
                .contains("## What it checks", "## Why it matters", "## Example", "```journey");
        CliRun typo = CliRun.of("explain", "duplicate-ids");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'duplicate-id'?");
    }

    @Test
    void failOnControlsTheExitCode() throws IOException {
        Path broken = write("bad.journey", "journey bad { stage s { step a { emotion 9 } } }\n");
        assertThat(CliRun.of("check", broken.toString()).exit()).isEqualTo(1);
    }

    @Test
    void filesAreSortedAndDiagnosticsOrderedByFileLineColumnRule() throws IOException {
        write("b.journey", "journey b { stage s { step x { emotion 9 } } }\n");
        write("a.journey", "journey a { stage s { step x { emotion 9 lane nowhere } } }\n");
        CliRun run = CliRun.of("check", "--format", "json", dir.toString());
        assertThat(run.out().indexOf("a.journey")).isLessThan(run.out().indexOf("b.journey"));
        assertThat(run.out().indexOf("\"column\" : 40")).isLessThan(run.out().indexOf("\"column\" : 47"));
    }

    @Test
    void readsUtf8WithBom() throws IOException {
        Path f = dir.resolve("bom.journey");
        byte[] text = "journey bom { stage s { step a { emotion 9 } } }\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(f, withBom);
        CliRun run = CliRun.of("check", "--format", "json", f.toString());
        // the BOM is not a character: the emotion still sits at column 42
        assertThat(run.out()).contains("\"rule\" : \"invalid-value\"").contains("\"column\" : 42");
    }
}
