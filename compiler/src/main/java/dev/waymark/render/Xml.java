package dev.waymark.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The only way SVG and HTML are written: an XML writer that escapes markup (`&`, `<`, `>` in
 * text, and `"` too in attribute values), and every piece of text goes through
 * {@link XmlText#clean} first, so user text can never close an element or open a new one.
 * Numbers are written with at most one decimal, the same on every machine.
 *
 * <p>It writes what the JDK's `XMLStreamWriter` wrote, byte for byte (`XmlTest` holds it to
 * that), straight into a UTF-8 buffer: a map is hundreds of thousands of attributes, and
 * through the StAX writer each one was five calls down a Writer, a third of the render's time.
 * A start tag stays open until the next element, text or end, so attributes can follow it.
 */
public final class Xml {
    private final Utf8Buffer out;
    private String[] open = new String[16];
    private int depth;
    /** A start tag is written up to its attributes: `>` (or `/>`) is still to come. */
    private boolean tagOpen;
    private boolean tagEmpty;

    /** A document built in memory as UTF-8 and taken with {@link #bytes()}. */
    public Xml() {
        this(1 << 16);
    }

    /** `capacity`: the expected size in bytes, so the buffer seldom has to grow. */
    public Xml(int capacity) {
        this.out = new Utf8Buffer(capacity);
    }

    /**
     * A document streamed as UTF-8 into `sink` through a 64 kB buffer, in bounded memory
     * whatever its size; {@link #finish()} flushes it (the caller closes the sink).
     */
    public Xml(OutputStream sink) {
        this.out = new Utf8Buffer(1 << 16, sink);
    }

    /** The document as UTF-8, after {@link #finish()}. */
    public byte[] bytes() {
        return out.toByteArray();
    }

    public Xml declaration() {
        return raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    public Xml doctype(String text) {
        closeTag();
        return raw(text);
    }

    /** An element with attributes given as name, value pairs; a null value leaves the attribute out. */
    public Xml start(String name, String... attributes) {
        openTag(name, false);
        return attributes(attributes);
    }

    public Xml empty(String name, String... attributes) {
        openTag(name, true);
        return attributes(attributes);
    }

    /** One more attribute of the element just started; a null value leaves it out. */
    public Xml attribute(String name, String value) {
        if (!tagOpen) throw new IllegalStateException("attribute " + name + " is not associated with any element");
        if (value == null) return this;
        try {
            out.write(' ');
            out.write(name, 0, name.length());
            out.write('=');
            out.write('"');
            out.escaped(XmlText.clean(value), true);
            out.write('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Xml defaultNamespace(String uri) {
        if (!tagOpen) throw new IllegalStateException("a namespace is not associated with any element");
        try {
            out.write(" xmlns=\"", 0, 8);
            out.escaped(uri, true);
            out.write('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Xml text(String text) {
        closeTag();
        try {
            out.escaped(XmlText.clean(text), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A line break between elements, so files read and diff well; never inside text. */
    public Xml nl() {
        closeTag();
        return raw("\n");
    }

    public Xml end() {
        closeTag();
        if (depth == 0) throw new IllegalStateException("no element is open to end");
        String name = open[--depth];
        open[depth] = null;
        try {
            out.write('<');
            out.write('/');
            out.write(name, 0, name.length());
            out.write('>');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** start + text + end. */
    public Xml element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /** Ends every element still open and flushes the document. */
    public void finish() {
        closeTag();
        while (depth > 0) end();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openTag(String name, boolean empty) {
        closeTag();
        try {
            out.write('<');
            out.write(name, 0, name.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!empty) {
            if (depth == open.length) open = Arrays.copyOf(open, depth * 2);
            open[depth++] = name;
        }
        tagOpen = true;
        tagEmpty = empty;
    }

    private void closeTag() {
        if (!tagOpen) return;
        tagOpen = false;
        raw(tagEmpty ? "/>" : ">");
    }

    private Xml attributes(String[] pairs) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        for (int i = 0; i < pairs.length; i += 2) attribute(pairs[i], pairs[i + 1]);
        return this;
    }

    private Xml raw(String s) {
        try {
            out.write(s, 0, s.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Numbers already spelled, by tenths: a map writes the same coordinates and sizes over and over. */
    private static final int CACHED = 1 << 17;
    private static final String[] SPELLED = new String[2 * CACHED];

    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) throw new IllegalArgumentException("not a coordinate: " + v);
        long tenths = Math.round(v * 10);
        if (tenths < -CACHED || tenths >= CACHED) return spell(tenths);
        // a racy cache is safe: a String is immutable, and two threads spelling one number spell it alike
        int k = (int) tenths + CACHED;
        String s = SPELLED[k];
        if (s == null) {
            s = spell(tenths);
            SPELLED[k] = s;
        }
        return s;
    }

    private static String spell(long tenths) {
        long whole = Math.abs(tenths) / 10;
        long fraction = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return fraction == 0 ? sign + whole : sign + whole + "." + fraction;
    }
}
