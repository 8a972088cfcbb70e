package dev.waymark.render;

import dev.waymark.config.Policy;
import dev.waymark.render.slide.Page;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `render --format png,pdf,csv`: a PNG and a PDF per map and per portfolio view, four CSV files, nothing else. */
class SlideAndCsvFilesTest {

    @Test
    void pngPdfAndCsvWriteTheirFilesForThePageAsked(@TempDir Path dir) throws Exception {
        Path example = Path.of("../examples/energy-lifecycle").toAbsolutePath().normalize();
        Workspace ws = WorkspaceLoader.load(List.of(example), example);
        Path out = dir.resolve("out");
        var check = dev.waymark.Waymark.check(ws, dev.waymark.Waymark.CheckRequest.of(List.of(example), example).withAsOf(Fixtures.AS_OF));
        RenderResult r = Renderer.render(check, Policy.defaults(), Fixtures.AS_OF,
                EnumSet.of(RenderFormat.PNG, RenderFormat.PDF, RenderFormat.CSV), Page.A4, out);
        assertThat(r.skipped()).isEmpty();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Manifest.FILE)).sorted().forEach(names::add);
        }
        List<String> expected = new ArrayList<>();
        for (String id : List.of("bill-dispute", "billing", "lifecycle", "meter-install", "switching")) {
            expected.add(id + ".pdf");
            expected.add(id + ".png");
        }
        expected.addAll(List.of("metrics.csv", "opportunities.csv", "pains.csv", "steps.csv"));
        for (String view : List.of("matrix", "metrics", "owners", "pains", "touchpoints")) {
            expected.add("portfolio." + view + ".pdf");
            expected.add("portfolio." + view + ".png");
        }
        expected.sort(null);
        assertThat(names).containsExactlyElementsOf(expected);
        for (String picture : List.of("lifecycle.png", "portfolio.touchpoints.png", "portfolio.owners.png", "portfolio.metrics.png")) {
            BufferedImage png = ImageIO.read(out.resolve(picture).toFile());
            assertThat(List.of(png.getWidth(), png.getHeight())).as(picture).containsExactly(Page.A4.pixelWidth(), Page.A4.pixelHeight());
        }
        assertThat(Files.readString(out.resolve("opportunities.csv")).lines().skip(1).findFirst().orElseThrow())
                .startsWith("1,billing,stop-read-requests,");
    }

    @Test
    void portfolioJsonIsStreamedIntoItsFileNotMadeWholeFirst(@TempDir Path dir) throws Exception {
        Path example = Path.of("../examples/energy-lifecycle").toAbsolutePath().normalize();
        Workspace ws = WorkspaceLoader.load(List.of(example), example);
        var check = dev.waymark.Waymark.check(ws, dev.waymark.Waymark.CheckRequest.of(List.of(example), example).withAsOf(Fixtures.AS_OF));
        Site site = Site.plan(check, Policy.defaults(), Fixtures.AS_OF, EnumSet.of(RenderFormat.JSON));
        Site.Output json = site.outputs().get(dev.waymark.render.portfolio.PortfolioJson.FILE);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        int[] largest = {0};
        try (java.io.OutputStream sink = new java.io.FilterOutputStream(all) {
            @Override
            public void write(byte[] b, int off, int len) {
                largest[0] = Math.max(largest[0], len);
                all.write(b, off, len);
            }
        }) {
            json.content().writeTo(sink);
        }
        assertThat(all.toByteArray()).as("the same bytes as made in memory").isEqualTo(json.bytes().get());
        assertThat(all.size()).isGreaterThan(32 * 1024);
        assertThat(largest[0]).as("written in the generator's chunks as it goes").isLessThanOrEqualTo(16 * 1024);
        Path out = dir.resolve("out");
        Renderer.render(check, Policy.defaults(), Fixtures.AS_OF, EnumSet.of(RenderFormat.JSON), out);
        assertThat(Files.readAllBytes(out.resolve("portfolio.json"))).isEqualTo(all.toByteArray());
    }

    @Test
    void withoutFormatsTheDefaultsLeavePngPdfAndCsvOut() {
        assertThat(RenderFormat.DEFAULTS).containsExactlyInAnyOrder(RenderFormat.SVG, RenderFormat.FLOW, RenderFormat.JSON,
                RenderFormat.MERMAID, RenderFormat.HTML);
    }
}
