package dev.waymark.diff;

import dev.waymark.render.TextMetrics;
import dev.waymark.render.TextWrap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.waymark.diff.DiffFixtures.BASE;
import static dev.waymark.diff.DiffFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;

class DiffSvgTest {

    /** A pull request with a long title, a removed step and stage, an added stage and a stage split. */
    private static DiffReport report() {
        String before = edit(BASE, "  opportunity show", "  stage aftercare \"Aftercare\" {\n    step review \"Writes a review\" { emotion +1 }\n  }\n  opportunity show");
        String after = DiffFormatsTest.pullRequest();
        after = edit(after, "    step product \"Views product\" { emotion +1 }\n", "");
        after = edit(after, "step search \"Searches\"", "step search \"Searches the whole catalogue for a handmade silver ring with an engraving of her initials\"");
        return DiffFixtures.diff(before, after);
    }

    @Test
    void isWellFormedSvgWithALegendAndWordsForEveryMark() throws Exception {
        Document doc = parse(DiffSvg.render(report()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        List<String> texts = texts(doc);
        assertThat(texts).contains("added", "changed", "moved", "renamed", "removed (ghost, struck)", "unchanged");
        assertThat(texts).contains("ADDED", "RENAMED", "MOVED", "CHANGED · BREAKING", "REMOVED · BREAKING");
        assertThat(texts).contains("Payment | <fees> &", "*more*", "was cart", "from stage purchase");
        assertThat(texts).contains("[breaking] opportunity show-shipping: status: planned → dropped");
    }

    @Test
    void removedStepsAreGhostedAtTheirOldPlaceDashedAndStruck() {
        DiffSvg.Picture picture = DiffSvg.layout(report());
        List<DiffPicture.Shape> shapes = picture.scene().shapes();
        DiffPicture.Label product = shapes.stream().filter(s -> s instanceof DiffPicture.Label t && t.text().equals("Views product"))
                .map(DiffPicture.Label.class::cast).findFirst().orElseThrow();
        assertThat(product.strike()).isTrue();
        DiffPicture.Box box = boxAround(shapes, product);
        assertThat(box.dash()).isEqualTo(DiffMark.REMOVED.dash);
        DiffPicture.Label search = shapes.stream().filter(s -> s instanceof DiffPicture.Label t && t.text().startsWith("Searches"))
                .map(DiffPicture.Label.class::cast).findFirst().orElseThrow();
        assertThat(product.x()).isEqualTo(search.x());
        assertThat(product.top()).as("under search, where it stood").isGreaterThan(search.top());
    }

    @Test
    void everyLineOfTextInABoxFitsInsideIt() {
        List<DiffPicture.Shape> shapes = DiffSvg.layout(report()).scene().shapes();
        int checked = 0;
        for (DiffPicture.Shape s : shapes) {
            if (!(s instanceof DiffPicture.Label t)) continue;
            DiffPicture.Box box = boxAroundOrNull(shapes, t);
            if (box == null) continue;
            assertThat(t.x() + t.width()).as(t.text()).isLessThanOrEqualTo(box.x() + box.w() + 0.01);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void longTitlesWrapAndAreCutWithAnEllipsis() {
        String search = "Searches the whole catalogue for a handmade silver ring with an engraving of her initials";
        List<String> lines = TextWrap.lines(search, 12, false, 168, 3);
        assertThat(lines).hasSize(3).allMatch(l -> TextMetrics.width(l, 12, false) <= 168);
        assertThat(lines.get(2)).endsWith("…");
        assertThat(TextWrap.lines("a-very-long-identifier-without-any-spaces-at-all", 10, false, 80, 5))
                .allMatch(l -> TextMetrics.width(l, 10, false) <= 80).hasSizeGreaterThan(1);
    }

    /** Characters XML 1.0 cannot hold, and the bidi controls that make a title read differently, in every place a title shows. */
    @Test
    void titlesWithControlCharactersGiveWellFormedSvgWithoutThem() throws Exception {
        String hostile = "Pays\\u{1} \\u{FFFE}now\\u{202E}evil\\u{2066} \\u{7F}\\u{9F}";
        String after = edit(BASE, "step pay \"Pays\"", "step pay \"" + hostile + "\"");
        after = edit(after, "stage purchase \"Purchase\"", "stage purchase \"Pur\\u{1}chase\\u{202D}\"");
        after = edit(after, "opportunity show-shipping \"Show shipping early\"", "opportunity show-shipping \"Show\\u{1} \\u{FFFF}early\"");
        after = after.replace("journey checkout \"Buying jewelry\"", "journey checkout \"Buying\\u{1B}[31m jewelry\"");
        DiffReport fromSource = DiffFixtures.diff(BASE, after);
        // lone surrogates cannot come from a source file (the decoder and the escapes refuse them), but can from the library's API
        List<MapOutline> maps = new ArrayList<>();
        for (MapOutline m : fromSource.maps()) {
            List<MapOutline.Stage> stages = m.stages().stream().map(st -> new MapOutline.Stage(st.id(), st.title().map(t -> t + "\uD800"),
                    st.removed(), st.steps().stream().map(sp -> new MapOutline.Step(sp.id(), sp.title().map(t -> "\uDC00" + t + "\uDBFF"),
                            sp.removed())).toList())).toList();
            maps.add(new MapOutline(m.journey(), m.title() + "\uDFFF", m.removed(), stages));
        }
        DiffReport report = new DiffReport(fromSource.changes(), fromSource.asOf(), maps);

        String svg = DiffSvg.render(report);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        List<String> texts = texts(doc);
        assertThat(texts).anyMatch(t -> t.startsWith("Pays now"));
        assertThat(String.join("\n", texts)).contains("Purchase", "Show early", "evil");
        for (char bad : new char[] {0x1, 0x1B, 0x7F, 0x9F, 0xFFFE, 0xFFFF, 0x202D, 0x202E, 0x2066}) {
            assertThat(svg.indexOf(bad)).as("U+%04X is dropped", (int) bad).isEqualTo(-1);
        }
        assertThat(svg.chars().filter(c -> Character.isSurrogate((char) c))).as("no lone surrogate").isEmpty();
        assertThat(svg).doesNotContain("&#");
    }

    private static DiffPicture.Box boxAround(List<DiffPicture.Shape> shapes, DiffPicture.Label t) {
        DiffPicture.Box box = boxAroundOrNull(shapes, t);
        assertThat(box).as("a box around " + t.text()).isNotNull();
        return box;
    }

    /** The last (innermost, drawn latest) rectangle wider than a badge whose area holds the text's start. */
    private static DiffPicture.Box boxAroundOrNull(List<DiffPicture.Shape> shapes, DiffPicture.Label t) {
        DiffPicture.Box found = null;
        for (DiffPicture.Shape s : shapes) {
            if (s == t) break;
            if (s instanceof DiffPicture.Box r && r.stroke() != null && r.x() <= t.x() && t.x() <= r.x() + r.w()
                    && r.y() <= t.top() && t.top() <= r.y() + r.h() && r.w() > 100) {
                found = r;
            }
        }
        return found;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }
}
