package dev.waymark.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Xml} writes its own bytes; these hold it to what the JDK's `XMLStreamWriter` (which it
 * replaced, for speed) writes for the same calls, on random documents with hostile text.
 */
class XmlTest {
    /** One call on the writer. */
    record Op(int kind, String name, String value) {
    }

    @Property(tries = 400)
    void writesWhatTheJdkStaxWriterWrites(@ForAll("documents") List<Op> ops, @ForAll boolean streamed) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Xml xml = streamed ? new Xml(sink) : new Xml(16);
        StringWriter expected = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(expected);
        xml.declaration().nl();
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        int depth = 0;
        boolean justStarted = false;
        for (Op op : ops) {
            switch (op.kind()) {
                case 0 -> {
                    xml.start(op.name(), "class", op.value(), "skipped", null, "id", "x");
                    w.writeStartElement(op.name());
                    w.writeAttribute("class", XmlText.clean(op.value()));
                    w.writeAttribute("id", "x");
                    depth++;
                    justStarted = true;
                    continue;
                }
                case 1 -> {
                    xml.empty(op.name(), "d", op.value());
                    w.writeEmptyElement(op.name());
                    w.writeAttribute("d", XmlText.clean(op.value()));
                }
                case 2 -> {
                    xml.text(op.value());
                    w.writeCharacters(XmlText.clean(op.value()));
                }
                case 3 -> {
                    xml.nl();
                    w.writeCharacters("\n");
                }
                case 4 -> {
                    if (depth > 0) {
                        xml.end();
                        w.writeEndElement();
                        depth--;
                    }
                }
                default -> {
                    if (justStarted) {
                        xml.defaultNamespace(SvgDraw.NS).attribute("title", op.value());
                        w.writeDefaultNamespace(SvgDraw.NS);
                        w.writeAttribute("title", XmlText.clean(op.value()));
                    }
                }
            }
            justStarted = false;
        }
        xml.finish();
        w.writeEndDocument();
        w.flush();
        byte[] jdk = expected.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(streamed ? sink.toByteArray() : xml.bytes()).isEqualTo(jdk);
    }

    @Provide
    Arbitrary<List<Op>> documents() {
        Arbitrary<String> names = Arbitraries.of("svg", "g", "rect", "text", "tspan", "p");
        // now and then a value longer than the 64 kB streaming window
        Arbitrary<String> values = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.strings().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(10, Arbitraries.strings().withChars("<>&\"' \n\t\r\u00e9\u20ac\ud83d\ude00\ud800\u0001\u202e").ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("ab<&\u00e9\ud83d\ude00").ofMinLength(70_000).ofMaxLength(70_100)));
        return Combinators.combine(Arbitraries.integers().between(0, 5), names, values).as(Op::new).list().ofMaxSize(40);
    }

    @Test
    void aDocumentLargerThanTheStreamingWindowArrivesWhole() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Xml xml = new Xml(sink);
        xml.start("svg");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            xml.empty("rect", "x", Xml.num(i / 10.0), "fill", "a&b");
            expected.add("<rect x=\"" + Xml.num(i / 10.0) + "\" fill=\"a&amp;b\"/>");
        }
        xml.finish();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("<svg>" + String.join("", expected) + "</svg>");
    }

    @Test
    void anAttributeOutsideAStartTagOrAnEndTooManyIsRefused() {
        Xml xml = new Xml();
        xml.start("svg").text("t");
        assertThatThrownBy(() -> xml.attribute("x", "1")).isInstanceOf(IllegalStateException.class);
        xml.end();
        assertThatThrownBy(xml::end).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> xml.start("g", "odd")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The cache of spelled numbers gives what spelling them gives, inside its range and past it. */
    @Property(tries = 2000)
    void numbersAreSpelledWithAtMostOneDecimal(@ForAll("coordinates") double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long whole = Math.abs(tenths) / 10;
        long fraction = Math.abs(tenths) % 10;
        String expected = fraction == 0 ? sign + whole : sign + whole + "." + fraction;
        assertThat(Xml.num(v)).isEqualTo(expected);
        assertThat(Xml.num(v)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Double> coordinates() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-14_000, 14_000), Arbitraries.doubles().between(-1e9, 1e9),
                Arbitraries.of(0.0, -0.0, 0.05, -0.05, 0.04999, 13107.15, -13107.2, 13107.25, 1e15));
    }

    @Test
    void aNumberThatIsNoCoordinateIsRefused() {
        assertThatThrownBy(() -> Xml.num(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Xml.num(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Xml.num(-0.04)).isEqualTo("0");
        assertThat(Xml.num(-2.5)).isEqualTo("-2.5");
        assertThat(Xml.num(1e15)).isEqualTo("1000000000000000");
    }
}
