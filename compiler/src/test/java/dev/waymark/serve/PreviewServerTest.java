package dev.waymark.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewServerTest {

    @Test
    void servesTheSiteFromMemoryWithAScriptAllowedByANonce(@TempDir Path dir) throws Exception {
        Served.write(dir, "maps/good.journey", Served.GOOD);
        try (Served s = new Served(dir, false)) {
            HttpResponse<String> index = s.get("/");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(index.body()).contains("href=\"good.html\"", "Good journey");
            HttpResponse<String> page = s.get("/good.html");
            assertThat(page.body()).contains("<svg ", "First step");
            String nonce = between(page.body(), "script-src 'nonce-", "'");
            assertThat(page.body()).contains("<script src=\"/_waymark/live.js\" nonce=\"" + nonce + "\"", "connect-src 'self'");
            // a nonce is good for one answer only
            assertThat(between(s.get("/good.html").body(), "script-src 'nonce-", "'")).isNotEqualTo(nonce);
            assertThat(s.get("/_waymark/live.js").body()).contains("EventSource");
            assertThat(s.get("/good.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
            assertThat(s.get("/good.svg").body()).startsWith("<?xml").contains("First step");
            assertThat(s.get("/good.json").body()).contains("\"id\"");
            assertThat(s.get("/waymark.css").body()).contains("live-problems");
            // nothing was written into the workspace
            try (var files = Files.walk(dir)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())).containsExactly("maps/good.journey");
            }
        }
    }

    @Test
    void aBrokenFileShowsItsErrorsAboveTheLastGoodMap(@TempDir Path dir) throws Exception {
        Path file = Served.write(dir, "good.journey", Served.GOOD);
        try (Served s = new Served(dir, false)) {
            assertThat(s.get("/good.html").body()).doesNotContain("live-problems");
            Files.writeString(file, Served.GOOD.replace("step second", "stepp second"));
            s.server.changed();
            String page = s.get("/good.html").body();
            assertThat(page).contains("class=\"live-problems\"", "showing the last map that rendered",
                    "<code class=\"where\">good.journey:6:", "error[syntax]",
                    "<pre class=\"source\">    stepp second \"Second step\" { emotion -1 }</pre>", "help: did you mean `step`?");
            // the last good map is still there, under the errors
            assertThat(page.indexOf("live-problems")).isLessThan(page.indexOf("<svg "));
            assertThat(page).contains("Second step");
            assertThat(s.get("/good.svg").statusCode()).isEqualTo(200);
            // the index says so too
            assertThat(s.get("/").body()).contains("live-problems", "good.journey:6:");

            Files.writeString(file, Served.GOOD.replace("Second step", "Second step, fixed"));
            s.server.changed();
            assertThat(s.get("/good.html").body()).doesNotContain("live-problems").contains("Second step, fixed");
        }
    }

    @Test
    void aJourneyThatNeverRenderedGetsAPageOfItsErrorsNotABlankOne(@TempDir Path dir) throws Exception {
        Served.write(dir, "bad.journey", Served.GOOD.replace("journey good", "journey bad").replace("emotion -1", "next nowhere"));
        try (Served s = new Served(dir, false)) {
            HttpResponse<String> page = s.get("/bad.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Good journey</h1>", "error[unresolved-reference]", "bad.journey:6:", "nowhere")
                    .doesNotContain("<svg ");
        }
    }

    @Test
    void aSaveTellsTheOpenPageWithinASecond(@TempDir Path dir) throws Exception {
        Path file = Served.write(dir, "good.journey", Served.GOOD);
        try (Served s = new Served(dir, true); Served.Events events = s.events("good.html", Served.version(s.get("/good.html").body()))) {
            assertThat(events.next(Duration.ofMillis(300))).isEmpty(); // up to date: nothing to say
            long saved = System.nanoTime();
            Files.writeString(file, Served.GOOD.replace("First step", "First step, renamed"));
            Optional<String> version = events.next(Duration.ofSeconds(1));
            long took = (System.nanoTime() - saved) / 1_000_000;
            assertThat(version).as("a version event within a second (took %d ms)", took).isPresent();
            String page = s.get("/good.html").body();
            assertThat(page).contains("First step, renamed");
            assertThat(Served.version(page)).isEqualTo(version.get());
        }
    }

    @Test
    void onlyThePagesWhoseFileChangedAreToldAndRenderedAgain(@TempDir Path dir) throws Exception {
        Path file = Served.write(dir, "good.journey", Served.GOOD);
        Served.write(dir, "other.journey", Served.GOOD.replace("journey good", "journey other"));
        try (Served s = new Served(dir, false);
             Served.Events good = s.events("good.html", Served.version(s.get("/good.html").body()));
             Served.Events other = s.events("other.html", Served.version(s.get("/other.html").body()))) {
            s.get("/other.svg");
            int before = s.preview.renders();
            Files.writeString(file, Served.GOOD.replace("First step", "Changed"));
            s.server.changed();
            assertThat(good.next(Duration.ofSeconds(1))).isPresent();
            assertThat(other.next(Duration.ofMillis(300))).isEmpty();
            s.get("/other.svg");
            // telling the pages rendered nothing, and other.svg came from the cache
            assertThat(s.preview.renders() - before).isZero();
            s.get("/good.html");
            assertThat(s.preview.renders() - before).isEqualTo(1);
        }
    }

    @Test
    void aChangeToWaymarkYamlAppliesAtOnce(@TempDir Path dir) throws Exception {
        Served.write(dir, "good.journey", Served.GOOD);
        try (Served s = new Served(dir, false)) {
            assertThat(s.get("/good.html").body()).doesNotContain("error[missing-evidence]");
            Served.write(dir, "waymark.yaml", "rules:\n  missing-evidence: error\n");
            s.server.changed();
            assertThat(s.get("/good.html").body()).contains("error[missing-evidence]", "live-problems");
            Served.write(dir, "waymark.yaml", "rules: [oops\n");
            s.server.changed();
            assertThat(s.get("/").body()).contains("error[config]", "the last good configuration applies");
        }
    }

    @Test
    void servesNothingOutsideTheWorkspace(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("ws"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Served.write(outside, "secret.journey", Served.GOOD.replace("journey good", "journey secret").replace("Good journey", "TOP SECRET"));
        Files.writeString(outside.resolve("passwd"), "root:TOP SECRET\n");
        Served.write(dir, "good.journey", Served.GOOD);
        Files.createSymbolicLink(dir.resolve("linked.journey"), outside.resolve("secret.journey"));
        Files.createSymbolicLink(dir.resolve("linked-folder"), outside);
        try (Served s = new Served(dir, false)) {
            List<String> paths = List.of("/../outside/passwd", "/..%2foutside%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2Fpasswd",
                    "/..\\outside\\passwd", "//etc/passwd", "/etc/passwd", "/" + outside.resolve("passwd"), "/linked-folder/passwd",
                    "/linked-folder/secret.journey", "/secret.html", "/secret.svg", "/good.journey", "/.%2e/passwd", "/%00", "/..",
                    "/./good.html", "/good.html/..", "/_waymark/../good.html", "http://example.com/etc/passwd", "*");
            for (String path : paths) {
                // a backslash is not even a URI: the JDK's server answers 400 before asking us
                String status = path.contains("\\") ? "HTTP/1.1 400" : "HTTP/1.1 404";
                assertThat(s.raw(path)).as(path).startsWith(status).doesNotContain("TOP SECRET");
            }
            assertThat(s.raw("/good.html")).startsWith("HTTP/1.1 200");
            // a page elsewhere cannot reach the server through a name that resolves to 127.0.0.1
            assertThat(s.raw("/good.html", "evil.example:" + s.server.port())).startsWith("HTTP/1.1 404");
            assertThat(s.raw("/good.html", "localhost:" + s.server.port())).startsWith("HTTP/1.1 200");
            assertThat(s.get("/").body()).doesNotContain("TOP SECRET");
        }
    }

    @Test
    void manyOpenTabsDoNotHoldUpTheServer(@TempDir Path dir) throws Exception {
        Path file = Served.write(dir, "good.journey", Served.GOOD);
        try (Served s = new Served(dir, false)) {
            String version = Served.version(s.get("/good.html").body());
            List<Served.Events> tabs = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) tabs.add(s.events("good.html", version));
                long start = System.nanoTime();
                while (s.server.listeners() < 200 && System.nanoTime() - start < 10_000_000_000L) Thread.sleep(20);
                assertThat(s.server.listeners()).isEqualTo(200);
                // far more open streams than the server has threads, and a page still comes at once
                long asked = System.nanoTime();
                assertThat(s.get("/good.html").statusCode()).isEqualTo(200);
                assertThat((System.nanoTime() - asked) / 1_000_000).isLessThan(2000);
                Files.writeString(file, Served.GOOD.replace("First step", "Changed"));
                s.server.changed();
                for (Served.Events tab : List.of(tabs.get(0), tabs.get(199))) assertThat(tab.next(Duration.ofSeconds(2))).isPresent();
            } finally {
                for (Served.Events tab : tabs) tab.close();
            }
        }
    }

    @Test
    void onlyGetAndHead(@TempDir Path dir) throws Exception {
        Served.write(dir, "good.journey", Served.GOOD);
        try (Served s = new Served(dir, false)) {
            var request = java.net.http.HttpRequest.newBuilder(s.server.uri().resolve("/good.html"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(s.get("/nope.html").statusCode()).isEqualTo(404);
        }
    }

    private static String between(String text, String start, String end) {
        int a = text.indexOf(start);
        assertThat(a).as("'%s' in the page", start).isNotNegative();
        return text.substring(a + start.length(), text.indexOf(end, a + start.length()));
    }
}
