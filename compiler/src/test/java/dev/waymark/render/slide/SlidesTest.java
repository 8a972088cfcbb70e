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

    /** Text that takes Batik's other paths: right-to-left and mixed, underline and strike-through, `direction: rtl`. */
    static final String TEXT = """
            <svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300" font-family="'DejaVu Sans'">
            <rect x="10" y="10" width="580" height="280" fill="#eef1f5" stroke="#333333"/>
            <text x="20" y="50" font-size="24">Left to right, then עברית and العربية</text>
            <text x="20" y="100" font-size="24" text-decoration="underline" fill="#0072b2">Underlined <tspan font-weight="bold">and bold</tspan></text>
            <text x="20" y="150" font-size="24" text-decoration="line-through">Struck through</text>
            <text x="580" y="200" font-size="24" direction="rtl" unicode-bidi="embed">שלום, world</text>
            <text x="20" y="250" font-size="20">Zoë’s café — “quotes” · ✓</text>
            </svg>
            """;

    /** Slides paints the tree itself: the picture is that of Batik's stock ImageTranscoder, bar a few anti-aliased edge pixels. */
    @Test
    void thePngIsThePictureBatiksOwnTranscoderDraws() throws Exception {
        for (byte[] svg : List.of(svg(), TEXT.getBytes(StandardCharsets.UTF_8))) {
            for (Page page : List.of(Page.SLIDE, Page.A4)) {
                BufferedImage ours = ImageIO.read(new ByteArrayInputStream(Slides.png(svg, page)));
                BufferedImage batiks = StockTranscoder.render(svg, page);
                int[] diff = difference(ours, batiks);
                assertThat(diff[0]).as("pixels that differ from Batik's on " + page).isLessThan(page.pixelWidth() * page.pixelHeight() / 500);
                assertThat(diff[1]).as("the most a colour channel differs").isLessThanOrEqualTo(32);
            }
        }
    }

    /** The text painter Slides uses skips Batik's bidi analysis and decoration outlines only where they change nothing. */
    @Test
    void thePlainTextPainterDrawsExactlyWhatBatiksDraws() throws Exception {
        for (byte[] svg : List.of(svg(), TEXT.getBytes(StandardCharsets.UTF_8))) {
            BufferedImage plain = paint(svg, new PlainTextPainter());
            BufferedImage batiks = paint(svg, org.apache.batik.bridge.StrokingTextPainter.getInstance());
            assertThat(difference(plain, batiks)[0]).as("pixels that differ").isZero();
        }
    }

    private static BufferedImage paint(byte[] svg, org.apache.batik.bridge.TextPainter textPainter) throws Exception {
        Fonts.registerWithAwt();
        PngPainter painter = new PngPainter(Page.SLIDE.pixelWidth(), Page.SLIDE.pixelHeight(), textPainter);
        painter.transcode(new org.apache.batik.transcoder.TranscoderInput(new ByteArrayInputStream(svg)),
                new org.apache.batik.transcoder.TranscoderOutput(new java.io.ByteArrayOutputStream()));
        return painter.image();
    }

    /** How many pixels differ, and the largest difference of one colour channel. */
    private static int[] difference(BufferedImage a, BufferedImage b) {
        assertThat(List.of(a.getWidth(), a.getHeight())).isEqualTo(List.of(b.getWidth(), b.getHeight()));
        int pixels = 0, most = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                if (p == q) continue;
                pixels++;
                for (int shift = 0; shift < 24; shift += 8) most = Math.max(most, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
            }
        }
        return new int[] {pixels, most};
    }

    /** Batik's ImageTranscoder as it comes: its StaticRenderer and text painter, a white ground. */
    private static final class StockTranscoder extends org.apache.batik.transcoder.image.ImageTranscoder {
        private BufferedImage image;

        static BufferedImage render(byte[] svg, Page page) throws Exception {
            Fonts.registerWithAwt();
            StockTranscoder t = new StockTranscoder();
            t.addTranscodingHint(KEY_WIDTH, (float) page.pixelWidth());
            t.addTranscodingHint(KEY_HEIGHT, (float) page.pixelHeight());
            t.addTranscodingHint(KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
            t.transcode(new org.apache.batik.transcoder.TranscoderInput(new ByteArrayInputStream(svg)), new org.apache.batik.transcoder.TranscoderOutput(new java.io.ByteArrayOutputStream()));
            return t.image;
        }

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }

        @Override
        public void writeImage(BufferedImage img, org.apache.batik.transcoder.TranscoderOutput output) {
            image = img;
        }
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
