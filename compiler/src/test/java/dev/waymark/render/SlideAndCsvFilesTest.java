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
        expected.addAll(List.of("metrics.csv", "opportunities.csv", "pains.csv", "portfolio.matrix.pdf", "portfolio.matrix.png",
                "portfolio.pains.pdf", "portfolio.pains.png", "steps.csv"));
        expected.sort(null);
        assertThat(names).containsExactlyElementsOf(expected);
        BufferedImage png = ImageIO.read(out.resolve("lifecycle.png").toFile());
        assertThat(List.of(png.getWidth(), png.getHeight())).containsExactly(Page.A4.pixelWidth(), Page.A4.pixelHeight());
        assertThat(Files.readString(out.resolve("opportunities.csv")).lines().skip(1).findFirst().orElseThrow())
                .startsWith("1,billing,stop-read-requests,");
    }

    @Test
    void withoutFormatsTheDefaultsLeavePngPdfAndCsvOut() {
        assertThat(RenderFormat.DEFAULTS).containsExactlyInAnyOrder(RenderFormat.SVG, RenderFormat.FLOW, RenderFormat.JSON,
                RenderFormat.MERMAID, RenderFormat.HTML);
    }
}
