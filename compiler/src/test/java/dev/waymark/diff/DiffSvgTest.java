package dev.waymark.diff;

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
        List<SvgScene.Shape> shapes = picture.scene().shapes();
        SvgScene.Text product = shapes.stream().filter(s -> s instanceof SvgScene.Text t && t.text().equals("Views product"))
                .map(SvgScene.Text.class::cast).findFirst().orElseThrow();
        assertThat(product.strike()).isTrue();
        SvgScene.Rect box = boxAround(shapes, product);
        assertThat(box.dash()).isEqualTo(DiffMark.REMOVED.dash);
        SvgScene.Text search = shapes.stream().filter(s -> s instanceof SvgScene.Text t && t.text().startsWith("Searches"))
                .map(SvgScene.Text.class::cast).findFirst().orElseThrow();
        assertThat(product.x()).isEqualTo(search.x());
        assertThat(product.y()).as("under search, where it stood").isGreaterThan(search.y());
    }

    @Test
    void everyLineOfTextInABoxFitsInsideIt() {
        List<SvgScene.Shape> shapes = DiffSvg.layout(report()).scene().shapes();
        int checked = 0;
        for (SvgScene.Shape s : shapes) {
            if (!(s instanceof SvgScene.Text t)) continue;
            SvgScene.Rect box = boxAroundOrNull(shapes, t);
            if (box == null) continue;
            assertThat(t.x() + TextWrap.width(t.text(), t.size())).as(t.text()).isLessThanOrEqualTo(box.x() + box.w() + 0.01);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void longTitlesWrapAndAreCutWithAnEllipsis() {
        List<String> lines = TextWrap.wrap("Searches the whole catalogue for a handmade silver ring with an engraving of her initials", 168, 12, 3);
        assertThat(lines).hasSize(3).allMatch(l -> TextWrap.width(l, 12) <= 168);
        assertThat(lines.get(2)).endsWith("…");
        assertThat(TextWrap.wrap("a-very-long-identifier-without-any-spaces-at-all", 80, 10, 5))
                .allMatch(l -> TextWrap.width(l, 10) <= 80).hasSizeGreaterThan(1);
    }

    private static SvgScene.Rect boxAround(List<SvgScene.Shape> shapes, SvgScene.Text t) {
        SvgScene.Rect box = boxAroundOrNull(shapes, t);
        assertThat(box).as("a box around " + t.text()).isNotNull();
        return box;
    }

    /** The last (innermost, drawn latest) rectangle wider than a badge whose area holds the text's start. */
    private static SvgScene.Rect boxAroundOrNull(List<SvgScene.Shape> shapes, SvgScene.Text t) {
        SvgScene.Rect found = null;
        for (SvgScene.Shape s : shapes) {
            if (s == t) break;
            if (s instanceof SvgScene.Rect r && r.stroke() != null && r.x() <= t.x() && t.x() <= r.x() + r.w()
                    && r.y() <= t.y() && t.y() <= r.y() + r.h() && r.w() > 100) {
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
