package dev.waymark.render;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextWrapTest {

    @Test
    void wrapsAtWordsAndKeepsEveryWordInOrder() {
        List<String> lines = TextWrap.lines("Shipping cost appears only at the end of the checkout", 12.5, false, 120);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo("Shipping cost appears only at the end of the checkout");
        for (String line : lines) assertThat(TextMetrics.width(line, 12.5, false)).isLessThanOrEqualTo(120);
    }

    @Test
    void cutsAWordLongerThanTheLine() {
        String word = "x".repeat(10_000);
        List<String> lines = TextWrap.lines(word, 12.5, false, 184);
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(String.join("", lines)).isEqualTo(word);
        for (String line : lines) assertThat(TextMetrics.width(line, 12.5, false)).isLessThanOrEqualTo(184);
    }

    @Test
    void keepsLineBreaksOfTheText() {
        assertThat(TextWrap.lines("first\nsecond", 12, false, 500)).containsExactly("first", "second");
    }

    @Test
    void aCombiningMarkStaysWithItsLetter() {
        String word = "e\u0301".repeat(200);
        for (String line : TextWrap.lines(word, 12, false, 60)) {
            assertThat(line.charAt(0)).isEqualTo('e');
        }
    }

    @Test
    void boldIsWiderThanRegularAndUnknownGlyphsCountAFullEm() {
        assertThat(TextMetrics.width("Journey", 13, true)).isGreaterThan(TextMetrics.width("Journey", 13, false));
        // a CJK character is not in DejaVu Sans: counted a full em (times the safety slack)
        assertThat(TextMetrics.width("漢", 10, false)).isBetween(10.0, 11.0);
        // a supplementary-plane emoji likewise
        assertThat(TextMetrics.width("😀", 10, false)).isBetween(10.0, 11.0);
    }

    @Test
    void aLetterMovesToTheNextLineWithAMarkThatHasAWidth() {
        // U+0488 is an enclosing mark with a width in DejaVu Sans: "#" and it go on together (found by the property below)
        assertThat(TextWrap.lines("!#\u0488", 12.5, false, 20)).containsExactly("!", "#\u0488");
    }

    @Property(tries = 300)
    void noLineIsWiderThanTheBoxUnlessItIsOneLetterWithItsMarks(@ForAll @StringLength(max = 400) String text,
                                                       @ForAll @DoubleRange(min = 20, max = 400) double width) {
        for (String line : TextWrap.lines(XmlText.clean(text), 12.5, false, width)) {
            // a letter with its marks is one unit (some marks have a width of their own)
            long letters = line.codePoints().filter(c -> TextMetrics.advance(c, false) > 0 && !isMark(c)).count();
            if (letters > 1) {
                assertThat(TextMetrics.width(line, 12.5, false)).isLessThanOrEqualTo(width + 1e-9);
            }
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
