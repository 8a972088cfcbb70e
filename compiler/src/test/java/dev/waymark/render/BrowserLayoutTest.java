package dev.waymark.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the rendered maps and the HTML site in headless Chromium and asserts, from the
 * browser's own layout (getBoundingClientRect), that no text overflows its box, no two boxes
 * overlap and no two texts overlap — for the sample, the examples and a map of very long texts —
 * and that every page fits a 1,280 px window: the map scaled to the width, nothing cut off at
 * the right, the portfolio's cards, heatmap cells and matrix labels clear of each other.
 * Skipped, with the reason, where Chromium is not installed (`.ci/run` installs it).
 */
class BrowserLayoutTest {

    static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Paths.get(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Test
    void noTextOverflowsAndNothingOverlapsInARealBrowser(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install chromium); the browser layout check cannot run");

        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("long.journey"), LongTexts.journey());
        Files.writeString(src.resolve("evil.journey"), HostileInputTest.hostileJourney());
        List<Path> roots = new ArrayList<>(List.of(Fixtures.SAMPLE_DIR.toAbsolutePath(), src));
        Fixtures.exampleDirs().forEach(p -> roots.add(p.toAbsolutePath()));
        Workspace ws = WorkspaceLoader.load(roots, dir);
        Path out = dir.resolve("out");
        RenderResult result = Renderer.render(ws, Policy.defaults(), Fixtures.AS_OF, EnumSet.of(RenderFormat.SVG, RenderFormat.HTML), out);
        assertThat(result.rendered()).contains("checkout", "long-texts", "evil");

        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".svg") && !n.endsWith(".flow.svg")) || n.endsWith(".html"))
                    .sorted().forEach(files::add);
        }
        // the portfolio's pages hold no map; the index shows thumbnails of the SVG files, not maps
        long maps = files.stream().filter(n -> !n.equals("index.html") && !n.startsWith("portfolio.")).count();
        long pages = files.stream().filter(n -> n.endsWith(".html")).count();
        assertThat(files).as("the portfolio's pages").contains("portfolio.pains.html", "portfolio.opportunities.html",
                "portfolio.owners.html", "portfolio.touchpoints.html", "portfolio.metrics.html");
        String harness;
        try (InputStream in = getClass().getResourceAsStream("/render/browser/harness.html")) {
            harness = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path page = out.resolve("harness.html");
        Files.writeString(page, harness.replace("/*FILES*/[]", new ObjectMapper().writeValueAsString(files)));

        JsonNode report = run(chromium.get(), dir.resolve("profile"), page);
        List<String> violations = new ArrayList<>();
        report.get("violations").forEach(v -> violations.add(v.asText()));
        assertThat(violations).isEmpty();
        assertThat(report.get("files").asInt()).isEqualTo(files.size());
        assertThat(report.get("narrow").asLong()).as("every page checked in a 1,280 px window").isEqualTo(pages);
        assertThat(report.get("phone").asInt()).as("the opportunity page checked in a 400 px window").isEqualTo(1);
        assertThat(report.get("matrices").asInt()).as("the matrix checked at 1,280 and 400 px").isEqualTo(2);
        assertThat(report.get("maps").asLong()).as("every svg and every journey page holds a map").isEqualTo(maps);
        assertThat(report.get("cards").asInt()).isGreaterThan(100);
        assertThat(report.get("words").asInt()).as("headings, numbers, dates and handles checked for breaks inside a word").isGreaterThan(500);
        report.get("stylesheet").forEach(s -> assertThat(s.asText()).endsWith(": applied"));
    }

    static JsonNode run(Path chromium, Path profile, Path page) throws Exception {
        List<String> cmd = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--allow-file-access-from-files", "--virtual-time-budget=20000",
                "--dump-dom", page.toUri().toString());
        Path stdout = profile.resolveSibling("dom.html");
        Path stderr = profile.resolveSibling("chromium.log");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 180 s");
        }
        String dom = Files.readString(stdout);
        Matcher m = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("harness result in the DOM; chromium said: %s", Files.readString(stderr)).isTrue();
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        assertThat(json).as("the harness ran").isNotEqualTo("pending");
        return new ObjectMapper().readTree(json);
    }
}
