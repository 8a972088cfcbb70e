package dev.waymark.serve;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `waymark serve` in a real browser: Debian's Chromium driven by its chromedriver through
 * Selenium. The page is opened, the test saves the file, and the page shows the change by
 * itself (the live script ran under the page's nonce policy), changed in place rather than
 * loaded again; a save with an error shows the diagnostic above the last good map.
 */
class ServeBrowserTest {
    private static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    @Test
    void theOpenPageFollowsSavesAndShowsTheErrorOfABrokenOne(@TempDir Path dir, @TempDir Path profile) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
                "skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromedriver); `apt-get install chromium-driver`, as .ci/run does");
        Path file = Served.write(dir, "good.journey", Served.GOOD);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        // the page counts as updated when its text is there, not when the flow image (Graphviz) has loaded too
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        WebDriver browser = new ChromeDriver(service, options);
        try (Served s = new Served(dir, true)) {
            browser.get(s.server.uri().resolve("/good.html").toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Good journey");
            assertThat(browser.findElements(By.cssSelector(".live-problems"))).isEmpty();

            JavascriptExecutor js = (JavascriptExecutor) browser;
            // a mark on this very page: a reload would lose it; the update must not
            js.executeScript("window.waymarkTestMark = 'still this page';");
            String flow = browser.findElement(By.cssSelector("figure.flow img")).getAttribute("src");
            long saved = System.nanoTime();
            Files.writeString(file, Served.GOOD.replace("First step", "First step, edited in the test"));
            new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(b -> steps(b).contains("First step, edited in the test"));
            long took = (System.nanoTime() - saved) / 1_000_000;
            // how fast is measured by ServeBench (the README's figure) and, for the event, by PreviewServerTest
            // the map itself changed, not only the table
            assertThat(browser.findElement(By.cssSelector("figure.map svg")).getAttribute("innerHTML")).contains("First step, edited in the test");
            // changed in place: the page was not loaded again, its one script is still the one the nonce let run,
            // and the flow graph (a file of its own) is asked for again under the new version
            assertThat(js.executeScript("return window.waymarkTestMark;")).isEqualTo("still this page");
            assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
            assertThat(browser.findElement(By.tagName("script")).getAttribute("src")).endsWith("/_waymark/live.js");
            String version = browser.findElement(By.tagName("html")).getAttribute("data-waymark-version");
            new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(10))
                    .until(b -> (flow + "?v=" + version).equals(b.findElement(By.cssSelector("figure.flow img")).getAttribute("src")));

            Files.writeString(file, Served.GOOD.replace("step second", "stepp second"));
            WebElement problems = new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(b -> b.findElements(By.cssSelector(".live-problems")).stream().findFirst().orElse(null));
            assertThat(problems.getText()).contains("good.journey:6:5", "error[syntax]", "stepp second", "help: did you mean `step`?");
            // over the last good map, never a blank page
            assertThat(browser.findElement(By.cssSelector("figure.map svg")).getAttribute("innerHTML")).contains("First step, edited in the test");
            assertThat(js.executeScript("return window.waymarkTestMark;")).isEqualTo("still this page");

            // fixed again: the problems go, the page stays
            Files.writeString(file, Served.GOOD);
            new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(10))
                    .until(b -> b.findElements(By.cssSelector(".live-problems")).isEmpty() && steps(b).contains("First step") && !steps(b).contains("edited"));
            assertThat(js.executeScript("return window.waymarkTestMark;")).isEqualTo("still this page");

            // the index follows the same way: it lists every error of the workspace, changed in place
            browser.get(s.server.uri().resolve("/index.html").toString());
            js.executeScript("window.waymarkTestMark = 'the index';");
            assertThat(browser.findElements(By.cssSelector(".live-problems"))).isEmpty();
            Files.writeString(file, Served.GOOD.replace("step second", "stepp second"));
            new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(b -> b.findElements(By.cssSelector(".live-problems")).stream().anyMatch(p -> p.getText().contains("good.journey:6:5")));
            assertThat(js.executeScript("return window.waymarkTestMark;")).isEqualTo("the index");
            System.out.println("serve in Chromium: save to updated page " + took + " ms");
        } finally {
            browser.quit();
        }
    }

    private static String steps(WebDriver b) {
        return b.findElements(By.cssSelector("table.details")).stream().findFirst().map(WebElement::getText).orElse("");
    }
}
