package dev.waymark.lsp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The stdin/stdout loop `waymark lsp` runs: framing, the exit code, and nothing on stdout but the protocol. */
class LanguageServerRunnerTest {

    static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    static final String INITIALIZE = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
    static final String SHUTDOWN = frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
    static final String EXIT = frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

    private static int run(String input, ByteArrayOutputStream out) throws Exception {
        return LanguageServerRunner.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    }

    @Test
    void shutdownThenExitEndsWithZeroAndOnlyProtocolOnStdout() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(INITIALIZE + SHUTDOWN + EXIT, out)).isZero();
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).startsWith("Content-Length: ").contains("\"id\":1,\"result\":{\"capabilities\"", "\"name\":\"waymark\"", "\"id\":2");
        assertThat(written.replaceAll("Content-Length: \\d+\r\n\r\n\\{[^\r]*?\\}(?=Content-Length|$)", "")).isEmpty();
    }

    @Test
    void exitWithoutShutdownOrAClosedStreamEndsWithOne() throws Exception {
        assertThat(run(INITIALIZE + EXIT, new ByteArrayOutputStream())).isEqualTo(1);
        assertThat(run(INITIALIZE, new ByteArrayOutputStream())).isEqualTo(1);
    }

    @Test
    void garbageInputDoesNotHangTheServer() throws Exception {
        assertThat(run("Content-Length: 5\r\n\r\n{{{{{" + frame("not json at all"), new ByteArrayOutputStream())).isEqualTo(1);
    }
}
