package dev.waymark.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How every JSON file `render` writes is printed: UTF-8, two spaces per level, `\n` line ends
 * (the system line separator would make Windows output differ), `"key" : value`, and `[ ]` and
 * `{ }` when empty: what Jackson's DefaultPrettyPrinter with a two-space DefaultIndenter
 * prints, byte for byte (`JsonPrinterTest` holds it to that). It is its own printer because
 * that one writes each line break, indent and comma as a call of its own, a third of the time
 * spent on the 1,000-journey workspace's 190 MB of JSON; here each is one precomputed run of bytes.
 */
public final class JsonPrinter implements PrettyPrinter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int LEVELS = 64;
    /** A line break and the indent of each level; the same after a comma. */
    private static final SerializableString[] BREAK = new SerializableString[LEVELS];
    private static final SerializableString[] COMMA_BREAK = new SerializableString[LEVELS];
    private static final SerializableString FIELD_VALUE = new SerializedString(" : ");
    private static final SerializableString EMPTY_OBJECT = new SerializedString(" }");
    private static final SerializableString EMPTY_ARRAY = new SerializedString(" ]");

    static {
        for (int level = 0; level < LEVELS; level++) {
            String indent = "\n" + "  ".repeat(level);
            BREAK[level] = new SerializedString(indent);
            COMMA_BREAK[level] = new SerializedString("," + indent);
        }
    }

    private int nesting;

    private JsonPrinter() {
    }

    /** A generator writing into `sink` (which it leaves open) as described above. */
    public static JsonGenerator generator(OutputStream sink) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(sink, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new JsonPrinter());
        return g;
    }

    /** A string with lone surrogates replaced by U+FFFD: they cannot be encoded as UTF-8. */
    public static String valid(String text) {
        int i = 0;
        while (i < text.length() && !Character.isSurrogate(text.charAt(i))) i++;
        if (i == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static void lineBreak(JsonGenerator g, SerializableString[] kind, int level) throws IOException {
        if (level < LEVELS) {
            g.writeRaw(kind[level]);
            return;
        }
        g.writeRaw(kind[0]);
        g.writeRaw("  ".repeat(level));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        lineBreak(g, BREAK, nesting);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(FIELD_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        lineBreak(g, COMMA_BREAK, nesting);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries, '}', EMPTY_OBJECT);
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        nesting++;
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        lineBreak(g, BREAK, nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        lineBreak(g, COMMA_BREAK, nesting);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, values, ']', EMPTY_ARRAY);
    }

    /** The closing bracket on a line of its own, or after a space when nothing came between. */
    private void close(JsonGenerator g, int count, char bracket, SerializableString empty) throws IOException {
        nesting--;
        if (count > 0) {
            lineBreak(g, BREAK, nesting);
            g.writeRaw(bracket);
        } else {
            g.writeRaw(empty);
        }
    }
}
