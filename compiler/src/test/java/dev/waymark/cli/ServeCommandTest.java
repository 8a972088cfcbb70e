package dev.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `waymark serve` as a user runs it: a real process, stopped with Ctrl-C (SIGINT). */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("at (http://\\S+) ");

    static Process start(Path dir, String... args) throws IOException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.waymark.cli.WaymarkCli", "serve", "--port", "0"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).start();
    }

    static URI address(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the first line of serve").isNotNull().startsWith("Serving 1 journey at http://127.0.0.1:");
        Matcher m = URL.matcher(line);
        assertThat(m.find()).isTrue();
        return URI.create(m.group(1));
    }

    @Test
    void servesTheFolderAndStopsCleanlyOnCtrlC(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.journey"), "journey a \"A\" {\n  owner @x\n  stage s \"S\" { step x \"X\" { emotion +1 } }\n}\n");
        Process p = start(dir);
        try {
            URI uri = address(p);
            HttpResponse<String> index = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(index.body()).contains("href=\"a.html\"");
            new ProcessBuilder("kill", "-" + interrupt(p), Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s of Ctrl-C").isTrue();
            assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("waymark serve: stopped")
                    .doesNotContain("Exception");
            assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close()).isInstanceOf(ConnectException.class);
            // nothing was written into the folder
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactly("a.journey");
            }
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * INT, as Ctrl-C sends; but a process started in the background of a script inherits SIGINT
     * ignored, and the JVM then leaves it ignored: there TERM takes the same shutdown path.
     */
    static String interrupt(Process p) throws IOException {
        Path status = Paths.get("/proc", Long.toString(p.pid()), "status");
        if (!Files.exists(status)) return "INT";
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:") && (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0) return "TERM";
        }
        return "INT";
    }

    @Test
    void anotherHostOnlyWhenAskedAndWithAWarning(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.journey"), "journey a \"A\" {\n  owner @x\n  stage s \"S\" { step x \"X\" { emotion +1 } }\n}\n");
        Process p = start(dir, "--host", "0.0.0.0");
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            assertThat(err.readLine()).startsWith("waymark: warning: listening on 0.0.0.0: anyone who can reach this machine can read your maps");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
