package dev.waymark.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTest {

    @Test
    void dropsWhatXmlForbidsAndBidiControls() {
        assertThat(XmlText.clean("a\u0000b\u0007c\u001Bd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
        assertThat(XmlText.clean("admin\u202Egnp.exe\u202C \u2066x\u2069")).isEqualTo("admingnp.exe x");
        assertThat(XmlText.clean("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
        assertThat(XmlText.clean("c1 \u0085\u009F")).isEqualTo("c1 ");
    }

    @Test
    void keepsMarkupCharactersForTheWriterToEscapeAndKeepsPairs() {
        assertThat(XmlText.clean("</text><script>&amp;]]>")).isEqualTo("</text><script>&amp;]]>");
        assertThat(XmlText.clean("ring 😀 ok")).isEqualTo("ring 😀 ok");
    }

    @Test
    void normalisesLineEndsAndTabs() {
        assertThat(XmlText.clean("a\r\nb\rc\td")).isEqualTo("a\nb\nc d");
        assertThat(XmlText.oneLine(" a\nb ")).isEqualTo("a b");
    }
}
