package dev.waymark.render.portfolio;

import dev.waymark.render.TextMetrics;
import dev.waymark.render.slide.Page;
import dev.waymark.render.slide.Slides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.waymark.render.portfolio.PortfolioTest.A;
import static dev.waymark.render.portfolio.PortfolioTest.B;
import static dev.waymark.render.portfolio.PortfolioTest.C;
import static dev.waymark.render.portfolio.PortfolioTest.D;
import static dev.waymark.render.portfolio.PortfolioTest.E;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio views as pictures (the workspace of PortfolioTest, whose answers are known):
 * each one a page-shaped SVG whose text says what the data says, in order, every text inside the
 * frame and none over another; the PNG of the page's size; the PDF with that text selectable.
 */
class PortfolioViewsTest {
    static final Portfolio P = PortfolioTest.portfolio(A, B, C, D, E);

    /** One line of text as drawn: where it starts and ends by the layout's metrics. */
    record Line(String text, double left, double right, double top, double bottom) {
        boolean overlaps(Line o) {
            return Math.min(right, o.right) - Math.max(left, o.left) > 0.5 && Math.min(bottom, o.bottom) - Math.max(top, o.top) > 0.5;
        }
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    /** Every line of text in document order, measured as the layout measures it. */
    static List<Line> lines(Document svg) {
        List<Line> out = new ArrayList<>();
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            double size = Double.parseDouble(attr(t, "font-size", "12"));
            boolean bold = "bold".equals(t.getAttribute("font-weight"));
            String anchor = attr(t, "text-anchor", "start");
            List<Element> spans = new ArrayList<>();
            for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) spans.add(e);
            if (spans.isEmpty()) spans.add(t);
            for (Element s : spans) {
                String text = s.getTextContent();
                double w = TextMetrics.width(text, size, bold);
                double x = Double.parseDouble(s.getAttribute("x")), y = Double.parseDouble(s.getAttribute("y"));
                double left = switch (anchor) {
                    case "end" -> x - w;
                    case "middle" -> x - w / 2;
                    default -> x;
                };
                out.add(new Line(text, left, left + w, y - size * TextMetrics.ASCENT, y + size * TextMetrics.DESCENT));
            }
        }
        return out;
    }

    private static String attr(Element e, String name, String otherwise) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(name)) return el.getAttribute(name);
        }
        return otherwise;
    }

    static List<String> texts(byte[] svg) throws Exception {
        return lines(parse(svg)).stream().map(Line::text).toList();
    }

    /** Texts outside the frame or over one another. */
    static List<String> problems(byte[] svg) throws Exception {
        Document d = parse(svg);
        double width = Double.parseDouble(d.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(d.getDocumentElement().getAttribute("height"));
        List<Line> lines = lines(d);
        List<String> problems = new ArrayList<>();
        for (Line l : lines) {
            if (l.left() < 0 || l.right() > width || l.top() < 0 || l.bottom() > height) problems.add("outside the frame: " + l);
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).overlaps(lines.get(j))) problems.add(lines.get(i) + " overlaps " + lines.get(j));
            }
        }
        return problems;
    }

    static byte[] svg(String view, Portfolio p, Page page) {
        return PortfolioViews.SVG.get(view).apply(p, page);
    }

    @Test
    void everyPortfolioPageHasAPicture() {
        assertThat(PortfolioViews.SVG.keySet()).containsExactly("portfolio.touchpoints", "portfolio.pains", "portfolio.matrix",
                "portfolio.owners", "portfolio.metrics");
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void theViewsAreShapedLikeThePageAndNoTextLeavesTheFrameOrMeetsAnother(Page page) throws Exception {
        for (String view : List.of("portfolio.touchpoints", "portfolio.pains", "portfolio.owners", "portfolio.metrics")) {
            byte[] svg = svg(view, P, page);
            Element root = parse(svg).getDocumentElement();
            double w = Double.parseDouble(root.getAttribute("width")), h = Double.parseDouble(root.getAttribute("height"));
            assertThat(w / h).as(view).isCloseTo((double) page.pixelWidth() / page.pixelHeight(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(problems(svg)).as(view + " on " + page).isEmpty();
        }
    }

    @Test
    void theTouchpointInventorySaysEachChannelsStepsFeelingAndJourneysInOrder() throws Exception {
        List<String> t = texts(svg("portfolio.touchpoints", P, Page.SLIDE));
        assertThat(t).containsSubsequence("web", "3", "-1.67", "from -3 to 0, 3 of 3 steps rated", "Lifecycle (2), Detail B (1)",
                "email", "2", "0", "from -1 to +1, 2 of 2 steps rated", "Lifecycle (1), Standalone (1)",
                "phone", "1", "+1", "Detail C (1)",
                "no channel", "2", "+1", "Detail B (1), Detail D (1)");
        assertThat(t).doesNotContain("Not shown for want of room").noneMatch(s -> s.startsWith("… and"));
    }

    @Test
    void theOwnersQueueListsEachOwnersItemsInQueueOrderWithReasonsAndDates() throws Exception {
        List<String> t = texts(svg("portfolio.owners", P, Page.SLIDE));
        assertThat(t).containsSubsequence(
                "@cx", "owns 2 journeys, 2 stages, 3 steps, 2 opportunities",
                "Nothing waits: every review is current and no opportunity is overdue.",
                "@ops", "owns 3 journeys, 4 stages, 5 steps, 5 opportunities",
                "STALE REVIEW", "Detail B", "review due 2026-07-30",
                "MISSING REVIEW", "Detail C", "never reviewed",
                "OVERDUE OPPORTUNITY", "r1 (Detail C)", "was due 2026-10-01",
                "OVERDUE OPPORTUNITY", "o2 (Lifecycle)", "was due 2026-11-01",
                "REVIEW DUE SOON", "Detail D", "review due 2026-11-28");
    }

    @Test
    void theMetricsViewSaysEachValueTargetAndGap() throws Exception {
        List<String> t = texts(svg("portfolio.metrics", P, Page.SLIDE));
        assertThat(t).containsSubsequence("Lifecycle", "the journey as a whole", "nps", "20 → 40 (gap +20)",
                "Detail C", "step c1", "wait", "30 → 10 (gap -20)");
    }

    /** Forty journeys, each with its own channel, owner (never reviewed) and metric: more rows than a slide holds. */
    static Portfolio crowded() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("journey j" + i + " \"Journey number " + i + " with a rather long title that will not fit\" {\n  owner @team-" + i
                    + "\n  metric m" + i + " = " + i + "% target 90%\n  stage s { step a { channel channel-" + i + " emotion -1 } }\n}\n");
        }
        return PortfolioTest.portfolio(texts.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void whatDoesNotFitIsCountedAtTheBottomNotDrawnOverIt(Page page) throws Exception {
        Portfolio p = crowded();
        for (var e : Map.of("portfolio.touchpoints", "more channels", "portfolio.owners", "Not shown for want of room",
                "portfolio.metrics", "more metrics", "portfolio.pains", "more journeys").entrySet()) {
            byte[] svg = svg(e.getKey(), p, page);
            assertThat(problems(svg)).as(e.getKey()).isEmpty();
            List<String> t = texts(svg);
            assertThat(t.get(t.size() - 1)).as(e.getKey()).contains(e.getValue());
        }
        // the counts add up: the rows shown plus those the note counts are all forty
        List<String> t = texts(svg("portfolio.metrics", p, page));
        long shown = t.stream().filter(s -> s.matches("m\\d+")).count();
        assertThat(t.get(t.size() - 1)).startsWith("… and " + (40 - shown) + " more metrics");
        List<String> o = texts(svg("portfolio.owners", p, page));
        long items = o.stream().filter(s -> s.equals("MISSING REVIEW")).count();
        assertThat(o.get(o.size() - 1)).startsWith("Not shown for want of room: " + (40 - items) + " items of " + (40 - items) + " owners");
    }

    @Test
    void theHeatmapSaysEachJourneysCountAndWorstAndEachStagesCell() throws Exception {
        List<String> t = texts(svg("portfolio.pains", P, Page.SLIDE));
        assertThat(t).containsSubsequence("Lifecycle", "2 pains · worst high", "One", "1 pain · HIGH", "Two", "1 pain · MEDIUM",
                "Detail B", "2 pains · worst critical", "t", "2 pains · CRITICAL",
                "Detail D", "no pains", "v", "no pains",
                "Detail C", "no pains", "u", "no pains",
                "Standalone", "no pains", "w", "no pains");
    }

    @Test
    void aJourneyWithMoreStagesThanFitShowsTheFirstAndCountsTheRest() throws Exception {
        StringBuilder j = new StringBuilder("journey wide { owner @a\n");
        for (int i = 0; i < 20; i++) j.append("  stage s").append(i).append(" { step x").append(i).append(" { pain \"P\" severity low } }\n");
        byte[] svg = svg("portfolio.pains", PortfolioTest.portfolio(j.append("}\n").toString()), Page.SLIDE);
        List<String> t = texts(svg);
        long cells = t.stream().filter(s -> s.matches("s\\d+")).count();
        assertThat(cells).isBetween(5L, 19L);
        assertThat(t).contains("+" + (20 - cells) + " more");
        assertThat(problems(svg)).isEmpty();
    }

    @Test
    void anEmptyPortfolioSaysSoInEachView() throws Exception {
        Portfolio empty = PortfolioTest.portfolio();
        assertThat(texts(svg("portfolio.touchpoints", empty, Page.SLIDE))).contains("No step of any journey names a channel or a step yet.");
        assertThat(texts(svg("portfolio.owners", empty, Page.SLIDE))).contains("No journey, stage, step or opportunity names an owner yet.");
        assertThat(texts(svg("portfolio.metrics", empty, Page.SLIDE))).contains("No journey declares a metric yet (metric NAME = VALUE target VALUE).");
    }

    @ParameterizedTest
    @EnumSource(Page.class)
    void eachViewIsAPngOfThePagesSizeAndAPdfWithItsTextInEmbeddedDejaVu(Page page) throws Exception {
        Map<String, List<String>> expected = Map.of(
                "portfolio.touchpoints", List.of("Touchpoint inventory", "Lifecycle (2), Detail B (1)", "no channel"),
                "portfolio.pains", List.of("Pain heatmap", "CRITICAL"),
                "portfolio.matrix", List.of("Quick wins", "Money pits"),
                "portfolio.owners", List.of("Owners' queue", "STALE REVIEW", "review due 2026-07-30"),
                "portfolio.metrics", List.of("Metrics", "20 → 40 (gap +20)"));
        for (String view : PortfolioViews.SVG.keySet()) {
            byte[] svg = svg(view, P, page);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Slides.png(svg, page)));
            assertThat(List.of(png.getWidth(), png.getHeight())).as(view).containsExactly(page.pixelWidth(), page.pixelHeight());
            try (PDDocument doc = Loader.loadPDF(Slides.pdf(svg, page))) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                PDPage pdfPage = doc.getPage(0);
                assertThat(pdfPage.getMediaBox().getWidth()).isCloseTo((float) page.pointWidth(), org.assertj.core.data.Offset.offset(0.5f));
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).as(view).contains(expected.get(view));
                for (COSName name : pdfPage.getResources().getFontNames()) {
                    PDFont f = pdfPage.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(view + " " + f.getName()).isTrue();
                    assertThat(f.getName()).contains("DejaVuSans");
                }
            }
        }
    }
}
