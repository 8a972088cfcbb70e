package dev.waymark.render;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8BufferTest {

    @Property(tries = 500)
    void encodesLikeTheJdkForWellFormedText(@ForAll String text) throws Exception {
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

    /** A sink gets the same bytes through a window far smaller than the text, which never grows. */
    @Property(tries = 300)
    void streamsTheSameBytesThroughASmallWindow(@ForAll String text) throws Exception {
        String clean = XmlText.clean(text) + "😀 € é" + "x".repeat(500);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Utf8Buffer b = new Utf8Buffer(64, sink);
        int mid = clean.length() / 2;
        b.write(clean, 0, mid);
        b.write(clean.toCharArray(), mid, clean.length() - mid);
        b.close();
        assertThat(sink.toByteArray()).isEqualTo(clean.getBytes(StandardCharsets.UTF_8));
        assertThat(b).extracting("buf").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.BYTE_ARRAY).hasSize(64);
    }

    @Property(tries = 20)
    void aStreamedMapIsTheMapInMemory(@ForAll("titles") String title) {
        JourneyView v = Fixtures.view("journey j \"" + title + "\" { owner @a stage s \"S\" { step a \"A\" { emotion -1 } } }");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgMap.render(v, out);
        assertThat(out.toByteArray()).isEqualTo(SvgMap.render(v));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> titles() {
        return net.jqwik.api.Arbitraries.strings().alpha().numeric().withChars(' ', 'é', '€').ofMaxLength(300);
    }
}
