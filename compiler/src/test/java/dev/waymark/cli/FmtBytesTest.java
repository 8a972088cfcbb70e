package dev.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `fmt` and `fmt --check` on files whose bytes are unusual: what `check` rejects stays byte for byte. */
class FmtBytesTest {
    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else if (p instanceof Integer b) out.write(b);
        }
        return out.toByteArray();
    }

    static Stream<byte[]> rejected() {
        return Stream.of(
                bytes("journey x \"Ti", 0xFF, "tle\"   {  owner @a }\n"),
                bytes("// caf", 0xC3, "\njourney x   {  owner @a }\n"),
                bytes("/* half ", 0xE2, 0x82, " */ journey x   {  owner @a }\n"),
                bytes("// a NUL ", 0x00, " here\njourney x   {  owner @a }\n"),
                bytes(0xEF, 0xBB, 0xBF, "journey x \"", 0xC0, 0xAF, "\"   {  owner @a }\n"),
                bytes("journey x   {  ownr @a }\n"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void aFileCheckRejectsIsNeverRewritten(byte[] content) throws IOException {
        Path f = dir.resolve("m.journey");
        Files.write(f, content);
        CliRun check = CliRun.of("check", f.toString());
        assertThat(check.out()).contains("error[syntax]");

        CliRun fmt = CliRun.of("fmt", f.toString());
        assertThat(fmt.exit()).isEqualTo(1);
        assertThat(fmt.out()).contains("m.journey: has syntax errors").doesNotContain("formatted ");
        assertThat(Files.readAllBytes(f)).isEqualTo(content);

        CliRun fmtCheck = CliRun.of("fmt", "--check", f.toString());
        assertThat(fmtCheck.exit()).isEqualTo(1);
        assertThat(fmtCheck.out()).contains("m.journey: has syntax errors");
        assertThat(Files.readAllBytes(f)).isEqualTo(content);
    }

    @Test
    void aByteOrderMarkIsKept() throws IOException {
        byte[] content = bytes(0xEF, 0xBB, 0xBF, "journey x \"Caf\u00e9\"   {  owner @a }\n");
        Path f = write(content);
        assertThat(CliRun.of("fmt", f.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(f)).isEqualTo(bytes(0xEF, 0xBB, 0xBF, "journey x \"Caf\u00e9\" {\n  owner @a\n}\n"));
        assertThat(CliRun.of("fmt", "--check", f.toString()).exit()).isZero();
    }

    @Test
    void crlfStaysCrlfAndCommentsAndTextBlocksKeepTheirBytes() throws IOException {
        String block = "\"\"\"\r\n    first\n    second\r\n    \"\"\"";
        Path f = write(bytes("// top \t \r\njourney x {  owner @a\r\n\r\n\r\n  /* two\nlines */ description " + block + " }\r\n"));
        CliRun fmt = CliRun.of("fmt", f.toString());
        assertThat(fmt.out()).contains("formatted ").contains("m.journey");
        String once = Files.readString(f);
        assertThat(once).isEqualTo("// top \t \r\njourney x {\r\n  owner @a\r\n\r\n  /* two\nlines */\r\n  description " + block + "\r\n}\r\n");
        CliRun again = CliRun.of("fmt", "--check", f.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 of 1 files need formatting");
    }

    @Test
    void loneCarriageReturnsAreLineBreaksForLayout() throws IOException {
        Path f = write(bytes("journey x {\r  owner @a\r\r\r  // why\r  stage s { }\r}\r"));
        CliRun.of("fmt", f.toString());
        assertThat(Files.readString(f)).isEqualTo("journey x {\r  owner @a\r\r  // why\r  stage s { }\r}\r");
        assertThat(CliRun.of("fmt", "--check", f.toString()).exit()).isZero();
    }

    private Path write(byte[] content) throws IOException {
        Path f = dir.resolve("m.journey");
        Files.write(f, content);
        return f;
    }
}
