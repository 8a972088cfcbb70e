package dev.waymark.render;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8BufferTest {

    @Property(tries = 500)
    void encodesLikeTheJdkForWellFormedText(@ForAll String text) {
        String clean = XmlText.clean(text) + "😀 € é";
        Utf8Buffer b = new Utf8Buffer(4);
        // split the text in two writes so that a surrogate pair may straddle them
        int mid = clean.length() / 2;
        b.write(clean, 0, mid);
        b.write(clean.toCharArray(), mid, clean.length() - mid);
        assertThat(b.toByteArray()).isEqualTo(clean.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void aLoneSurrogateBecomesAQuestionMark(@ForAll boolean high) throws Exception {
        Utf8Buffer b = new Utf8Buffer(4);
        b.write(high ? "a\uD800b" : "a\uDC00b");
        assertThat(new String(b.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("a?b");
    }
}
