package dev.waymark.bench;

import dev.waymark.check.Rules;
import dev.waymark.config.PolicyLoader;
import dev.waymark.serve.Preview;
import dev.waymark.serve.PreviewServer;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * `waymark serve` as a user sees it: a generated 60-step map open in Chromium (Selenium and
 * Debian's chromedriver), saved again and again; each time, how long from the save until the
 * page shows the new text. Usage: {@code ServeBench [SAVES]} with the test class path.
 */
public final class ServeBench {
    /**
     * True once the parsed page holds the text and a frame has been drawn with it. Not Selenium's
     * getText: it computes the visible text of the whole 60-row table, which took longer under
     * load (about 1.5 s) than the update it was to measure.
     */
    private static final String SHOWN = """
            var done = arguments[arguments.length - 1];
            var t = document.querySelector('table.details');
            if (document.readyState === 'loading' || !t || t.textContent.indexOf(arguments[0]) < 0) { done(false); return; }
            requestAnimationFrame(function () { done(true); });
            """;

    /**
     * Watches the page for the text from inside it, so the clock stops when the browser has the
     * text and has drawn a frame with it, not when a poll comes round: Selenium asking every 10 ms
     * took a core of its own on this 2-core machine. `window.waymarkShown` gets the time (ms since
     * the epoch, the clock the JVM reads too); if the page is loaded anew the watch is lost and the
     * poll below it answers.
     */
    private static final String WATCH = """
            var marker = arguments[0];
            window.waymarkShown = 0;
            function look() {
              var t = document.querySelector('table.details');
              if (window.waymarkShown || !t || t.textContent.indexOf(marker) < 0) return false;
              requestAnimationFrame(function () { window.waymarkShown = Date.now(); });
              return true;
            }
            if (!look()) {
              var o = new MutationObserver(function () { if (look()) o.disconnect(); });
              o.observe(document.body, { subtree: true, childList: true, characterData: true });
            }
            """;

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("waymark-serve-bench");
        WorkspaceGenerator.generate(dir, 1, 10);
        Path file = dir.resolve("journey-0000.journey");
        String text = Files.readString(file);
        Rules rules = Rules.load();
        Preview preview = new Preview(() -> new Preview.Setup(PolicyLoader.load(dir, Optional.empty(), rules.ids()), List.of(dir)),
                dir, () -> LocalDate.of(2026, 11, 22), rules);
        Path profile = Files.createTempDirectory("waymark-serve-bench-profile");
        ChromeOptions options = new ChromeOptions();
        // the page counts as updated when its text is there, not when the flow image (Graphviz) has loaded too
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try (PreviewServer server = PreviewServer.start(preview, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), true)) {
            browser.get(server.uri().resolve("/journey-0000.html").toString());
            List<Long> times = new ArrayList<>();
            long cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
            var threads = LspBench.threadsOf(ProcessHandle.current().pid());
            for (int i = 0; i < saves; i++) {
                String marker = "Saved " + i + " times";
                var js = (org.openqa.selenium.JavascriptExecutor) browser;
                js.executeScript(WATCH, marker);
                long savedAt = System.currentTimeMillis();
                long saved = System.nanoTime();
                Files.writeString(file, text.replace("Step 30 of receive", marker));
                long[] shown = {0};
                new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(b -> {
                            Object at = js.executeScript("return window.waymarkShown;");
                            if (at instanceof Number n && n.longValue() > 0) {
                                shown[0] = n.longValue() - savedAt;
                                return true;
                            }
                            // the page was loaded anew (its watch is gone): polled instead
                            if (at == null && Boolean.TRUE.equals(js.executeAsyncScript(SHOWN, marker))) {
                                shown[0] = (System.nanoTime() - saved) / 1_000_000;
                                return true;
                            }
                            return false;
                        });
                times.add(shown[0]);
                Thread.sleep(300);
            }
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "serve, 60-step map in Chromium: save to updated page over %d saves: median %d ms, max %d ms (all: %s)%n",
                    saves, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), times);
            // this process is the server and the Selenium client polling the page (the browser is not counted)
            System.out.printf(Locale.ROOT, "CPU of this process (server and Selenium client) per save: %.1f ms%n",
                    (ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() - cpu) / 1e6 / saves);
            System.out.println("  of which, by thread (ms per save):" + LspBench.byThread(threads, LspBench.threadsOf(ProcessHandle.current().pid()), saves));
        } finally {
            browser.quit();
        }
    }
}
