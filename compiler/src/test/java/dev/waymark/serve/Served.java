package dev.waymark.serve;

import dev.waymark.check.Rules;
import dev.waymark.config.PolicyLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A workspace in a temporary folder, served on a free port: what a browser would see, over real HTTP. */
final class Served implements AutoCloseable {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static final String GOOD = """
            journey good "Good journey" {
              owner @a
              reviewed 2026-11-20 by @a
              stage s "S" {
                step first "First step" { emotion +1 }
                step second "Second step" { emotion -1 }
              }
            }
            """;

    final Path dir;
    final Preview preview;
    final PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Served(Path dir, boolean watch) throws IOException {
        this.dir = dir.toRealPath();
        Rules rules = Rules.load();
        this.preview = new Preview(() -> new Preview.Setup(PolicyLoader.load(this.dir, Optional.empty(), rules.ids()), List.of(this.dir)),
                this.dir, () -> AS_OF, rules);
        this.server = PreviewServer.start(preview, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), watch);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The status line of a request sent byte for byte as given, path and Host header untouched by any client library. */
    String raw(String path, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String raw(String path) throws IOException {
        return raw(path, "127.0.0.1:" + server.port());
    }

    /** An open page's event stream. */
    Events events(String page, String version) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        s.getOutputStream().write(("GET /_waymark/events?page=" + page + "&version=" + version + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + server.port() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return new Events(s);
    }

    static final class Events implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;

        Events(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        /** The data of the next `version` event, or empty when none comes within the time. */
        Optional<String> next(Duration within) throws IOException {
            long end = System.nanoTime() + within.toNanos();
            boolean event = false;
            try {
                while (true) {
                    long left = (end - System.nanoTime()) / 1_000_000;
                    if (left <= 0) return Optional.empty();
                    socket.setSoTimeout((int) left);
                    String line = in.readLine();
                    if (line == null) return Optional.empty();
                    if (line.equals("event: version")) event = true;
                    else if (event && line.startsWith("data: ")) return Optional.of(line.substring(6));
                }
            } catch (java.net.SocketTimeoutException timeout) {
                return Optional.empty();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static String version(String page) {
        int at = page.indexOf("data-version=\"");
        if (at < 0) throw new AssertionError("no live script in the page");
        return page.substring(at + 14, page.indexOf('"', at + 14));
    }

    @Override
    public void close() {
        server.close();
    }
}
