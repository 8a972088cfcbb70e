package dev.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The malformed inputs of issue 2: each gives `syntax` diagnostics with a location and exit 1,
 * never a stack trace, an OutOfMemoryError, a StackOverflowError or a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {
    @TempDir
    Path dir;

    private CliRun check(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return CliRun.of("check", "--no-color", "--format", "json", f.toString());
    }

    private CliRun check(String name, String content) throws IOException {
        return check(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSyntaxAt(CliRun run, int line, int column, String words) {
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"rule\" : \"syntax\"")
                .contains("\"line\" : " + line + ",")
                .contains("\"column\" : " + column + ",")
                .contains(words)
                .doesNotContain("Exception");
    }

    @Test
    void emptyFile() throws IOException {
        assertSyntaxAt(check("empty.journey", ""), 1, 1, "declares nothing");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[100] = 0;
        CliRun run = check("garbage.journey", bytes);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"rule\" : \"syntax\"").contains("\"line\" :").doesNotContain("Exception");
    }

    @Test
    void printableGarbageIsBoundedNotOneDiagnosticPerCharacter() throws IOException {
        StringBuilder junk = new StringBuilder();
        Random random = new Random(3);
        String alphabet = "!$^&*()[]|;:<>?~`{}\"@=";
        for (int i = 0; i < 200_000; i++) junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
        CliRun run = check("junk.journey", junk.toString());
        assertThat(run.exit()).isEqualTo(1);
        int count = run.out().split("\"rule\" : \"syntax\"", -1).length - 1;
        assertThat(count).isBetween(1, 51);
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "journey x \"caf\u00e9 \u0000 bad\" { }\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 11] = (byte) 0xFF; // replaces the NUL
        assertSyntaxAt(check("bad.journey", bytes), 1, 17, "not valid UTF-8");
    }

    @Test
    void fiftyMegabyteFile() throws IOException {
        byte[] bytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(bytes, (byte) 'a');
        assertSyntaxAt(check("huge.journey", bytes), 1, 1, "at most 16 MB");
    }

    @Test
    void hundredThousandNestedBraces() throws IOException {
        String text = "journey x \"t\" {\n  stage s \"S\" {\n    step a \"A\" " + "{".repeat(100_000) + "}".repeat(100_000) + "\n  }\n}\n";
        assertSyntaxAt(check("nested.journey", text), 3, 17, "unexpected `{` in a step");
    }

    @Test
    void hundredThousandBracesAtTopLevel() throws IOException {
        assertSyntaxAt(check("braces.journey", "{".repeat(100_000)), 1, 1, "unexpected `{` at the top level");
    }

    @Test
    void unterminatedString() throws IOException {
        assertSyntaxAt(check("s.journey", "journey x \"never closed\n"), 1, 11, "unterminated string");
    }

    @Test
    void unterminatedTextBlock() throws IOException {
        assertSyntaxAt(check("b.journey", "journey x \"y\" {\n  description \"\"\" open\n"), 2, 15, "unterminated text block");
    }

    @Test
    void unterminatedComment() throws IOException {
        assertSyntaxAt(check("c.journey", "journey x \"y\" { stage s { step a } }\n/* open"), 2, 1, "unterminated comment");
    }

    @Test
    void unknownCharacterIsNamedByCodePointWhenInvisible() throws IOException {
        assertSyntaxAt(check("u.journey", "journey x \"y\" { \u202e }\n"), 1, 17, "U+202E");
    }
}
