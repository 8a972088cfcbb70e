package dev.waymark.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JsonPrinter} prints what Jackson's DefaultPrettyPrinter (which it replaced, for speed) printed, byte for byte. */
class JsonPrinterTest {

    @Property(tries = 300)
    void printsWhatDefaultPrettyPrinterPrints(@ForAll("trees") Object tree) throws IOException {
        assertThat(print(tree, true)).isEqualTo(print(tree, false));
    }

    @Test
    void nestingDeeperThanThePrecomputedIndentsIsIndentedAlike() throws IOException {
        Object tree = "leaf";
        for (int i = 0; i < 150; i++) tree = i % 2 == 0 ? List.of(tree, i) : Map.of("k" + i, tree);
        String printed = new String(print(tree, true), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(printed).contains("\n" + "  ".repeat(150) + "\"leaf\"");
        assertThat(print(tree, true)).isEqualTo(print(tree, false));
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        assertThat(JsonPrinter.valid("a\uD800b\uDC00c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
        assertThat(JsonPrinter.valid("plain")).isSameAs("plain");
        assertThat(JsonPrinter.valid("\uD83D")).isEqualTo("\uFFFD");
    }

    @Provide
    Arbitrary<Object> trees() {
        return Arbitraries.recursive(this::leaf, this::node, 0, 6);
    }

    private Arbitrary<Object> leaf() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.just(null), Arbitraries.of(true, false).map(b -> (Object) b));
    }

    private Arbitrary<Object> node(Arbitrary<Object> inner) {
        Arbitrary<Object> list = inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(6), inner).ofMaxSize(4)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(list, map);
    }

    private static byte[] print(Object tree, boolean ours) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonGenerator g;
        if (ours) {
            g = JsonPrinter.generator(out);
        } else {
            g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        }
        try (g) {
            write(g, tree);
            g.writeRaw('\n');
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (var e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) write(g, x);
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(JsonPrinter.valid(s));
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }
}
