package dev.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `render` fails where `check` fails: paths that hold no renderable journey are exit 1, and `--out` is left alone. */
class RenderExitTest {
    @TempDir
    Path dir;

    @Test
    void filesWhereNoDeclarationSurvivesAreExitOneAndWriteNothing() throws Exception {
        Files.write(dir.resolve("bom.journey"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.write(dir.resolve("empty.journey"), new byte[0]);
        Files.write(dir.resolve("binary.journey"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1});
        Path out = dir.resolve("site");
        CliRun check = CliRun.of("check", dir.toString());
        CliRun render = CliRun.of("render", dir.toString(), "--out", out.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(render.exit()).isEqualTo(1);
        assertThat(render.err()).contains("nothing rendered", out + " was left as it was");
        assertThat(render.out()).doesNotContain("Rendered 0");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFilePastTheStepLimitIsListedWithItsTooComplexErrorAndTheOthersRender() throws Exception {
        StringBuilder huge = new StringBuilder("journey huge \"Huge\" { owner @a stage s {");
        for (int i = 0; i <= 5000; i++) huge.append(" step s").append(i);
        Files.writeString(dir.resolve("huge.journey"), huge.append(" } }\n"));
        Files.writeString(dir.resolve("small.journey"), "journey small \"S\" { owner @a stage s { step x } }\n");
        Path out = dir.resolve("site");
        CliRun render = CliRun.of("render", dir.toString(), "--out", out.toString(), "--format", "svg");
        assertThat(render.exit()).isEqualTo(1);
        String file = dir.resolve("huge.journey").toString();
        int column = huge.indexOf("step s5000") + 1;
        assertThat(render.err()).contains(file + ": nothing in this file was rendered",
                file + ":1:" + column + ": error[too-complex] this file has more than 5000 steps");
        assertThat(out.resolve("small.svg")).exists();
        assertThat(out.resolve("huge.svg")).doesNotExist();
    }

    @Test
    void aWorkspaceOfPersonasOnlyRendersNothingAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("people.journey"), "persona p \"P\" { age 20..30 }\n");
        CliRun render = CliRun.of("render", dir.toString(), "--out", dir.resolve("site").toString());
        assertThat(render.exit()).isEqualTo(1);
        assertThat(render.err()).contains("nothing rendered: the files declare no journey");
    }

    @Test
    void aRenamedJourneysFilesAreRemovedByTheNextRun() throws Exception {
        Path map = dir.resolve("m.journey");
        Path out = dir.resolve("site");
        Files.writeString(map, "journey old-name \"J\" { owner @a stage s { step x } }\n");
        assertThat(CliRun.of("render", map.toString(), "--out", out.toString(), "--format", "svg,json").exit()).isZero();
        assertThat(out.resolve("old-name.svg")).exists();
        Files.writeString(map, "journey new-name \"J\" { owner @a stage s { step x } }\n");
        CliRun second = CliRun.of("render", map.toString(), "--out", out.toString(), "--format", "svg,json");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("Rendered 1 journey", "removed 2 of journeys no longer there");
        assertThat(out.resolve("old-name.svg")).doesNotExist();
        assertThat(out.resolve("old-name.json")).doesNotExist();
        assertThat(out.resolve("new-name.svg")).exists();
    }

    @Test
    void aLongIdRendersUnderAShortenedName() throws Exception {
        String id = "a".repeat(237);
        Files.writeString(dir.resolve("m.journey"), "journey " + id + " \"Long\" { owner @a stage s { step x } }\n");
        Path out = dir.resolve("site");
        CliRun render = CliRun.of("render", dir.toString(), "--out", out.toString(), "--format", "svg,html");
        assertThat(render.exit()).as(render.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")))
                    .singleElement().satisfies(n -> assertThat(n).matches("a{48}-[0-9a-f]{10}\\.svg"));
        }
        assertThat(Files.readString(out.resolve("index.html"))).containsPattern("href=\"a{48}-[0-9a-f]{10}\\.html\"");
    }
}
