package dev.waymark.render.slide;

import dev.waymark.config.Policy;
import dev.waymark.render.JourneyView;
import dev.waymark.render.SvgMap;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.SourceParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PNG and PDF of a map: valid files of the page's size, the PDF's text selectable in embedded DejaVu Sans. */
class SlidesTest {
    static final String MAP = """
            journey fernhill "Switching to Fernhill Énergie" {
              owner @acquisition
              reviewed 2026-11-01
              stage sign-up "Sign up" {
                step quote "Gets a quote — in 5 minutes" { channel web emotion +1 "Curious" }
                step details "Enters the meter number" { channel web emotion -2 pain "Cannot find the meter serial" severity high }
              }
            }
            """;

    static byte[] svg() {
        Workspace ws = new Workspace(List.of(SourceParser.parse("f.journey", MAP.getBytes(StandardCharsets.UTF_8))));
        return SvgMap.render(new JourneyView(ws, ws.allJourneys().get(0), Policy.defaults(), LocalDate.of(2026, 11, 22)));
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void thePngHasThePagesSizeAndShowsTheMap(Page page) throws Exception {
        byte[] png = Slides.png(svg(), page);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(page.pixelWidth(), page.pixelHeight());
        // the map is drawn (dark title text, coloured stage bands), on white
        int dark = 0, white = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == 0xffffff) white++;
                else if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) dark++;
            }
        }
        assertThat(dark).as("dark pixels of text").isGreaterThan(200);
        assertThat(white).as("a white ground").isGreaterThan(dark);
    }

    @Test
    void aSlideIsSixteenByNine() {
        assertThat(Page.SLIDE.pixelWidth() * 9).isEqualTo(Page.SLIDE.pixelHeight() * 16);
        assertThat(Page.SLIDE.pointWidth() * 9).isEqualTo(Page.SLIDE.pointHeight() * 16);
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void thePdfIsOnePageOfThePagesSizeWithSelectableTextInEmbeddedDejaVu(Page page) throws Exception {
        byte[] pdf = Slides.pdf(svg(), page);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage p = doc.getPage(0);
            assertThat(p.getMediaBox().getWidth()).isCloseTo((float) page.pointWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(p.getMediaBox().getHeight()).isCloseTo((float) page.pointHeight(), org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Switching to Fernhill Énergie", "Gets a quote — in 5", "Cannot find the meter");
            List<String> fonts = new ArrayList<>();
            for (COSName name : p.getResources().getFontNames()) {
                PDFont f = p.getResources().getFont(name);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                fonts.add(f.getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void theSameMapGivesTheSameBytes() {
        assertThat(Slides.pdf(svg(), Page.SLIDE)).as("no clock, no random file id").isEqualTo(Slides.pdf(svg(), Page.SLIDE));
        assertThat(Slides.png(svg(), Page.A4)).isEqualTo(Slides.png(svg(), Page.A4));
    }

    @Test
    void pagesAreNamedAsTheOptionSpellsThem() {
        assertThat(Page.parse("A4")).isEqualTo(Page.A4);
        assertThat(Page.parse(" letter ")).isEqualTo(Page.LETTER);
        assertThat(Page.parse("slide")).isEqualTo(Page.SLIDE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Page.parse("a3")).hasMessageContaining("known: slide, a4, letter");
    }
}
