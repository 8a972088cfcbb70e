package dev.waymark.render;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A thin, fluent layer over {@link XMLStreamWriter}, the only way SVG and HTML are written:
 * the writer escapes markup, and every piece of text goes through {@link XmlText#clean} first,
 * so user text can never close an element or open a new one. Numbers are written with at most
 * one decimal, the same on every machine.
 */
public final class Xml {
    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newFactory);
    private final XMLStreamWriter w;
    private final Utf8Buffer out;

    /** A document built in memory as UTF-8 and taken with {@link #bytes()}. */
    public Xml() {
        this(1 << 16);
    }

    /** `capacity`: the expected size in bytes, so the buffer seldom has to grow. */
    public Xml(int capacity) {
        this.out = new Utf8Buffer(capacity);
        try {
            this.w = FACTORY.get().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A document streamed as UTF-8 into `sink` through a 64 kB buffer, in bounded memory
     * whatever its size; {@link #finish()} flushes it (the caller closes the sink).
     */
    public Xml(OutputStream sink) {
        this.out = new Utf8Buffer(1 << 16, sink);
        try {
            this.w = FACTORY.get().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as UTF-8, after {@link #finish()}. */
    public byte[] bytes() {
        return out.toByteArray();
    }

    public Xml declaration() {
        return call(() -> w.writeStartDocument("UTF-8", "1.0"));
    }

    public Xml doctype(String text) {
        return call(() -> w.writeDTD(text));
    }

    /** An element with attributes given as name, value pairs; a null value leaves the attribute out. */
    public Xml start(String name, String... attributes) {
        return call(() -> {
            w.writeStartElement(name);
            attributes(attributes);
        });
    }

    public Xml empty(String name, String... attributes) {
        return call(() -> {
            w.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    public Xml defaultNamespace(String uri) {
        return call(() -> w.writeDefaultNamespace(uri));
    }

    public Xml text(String text) {
        return call(() -> w.writeCharacters(XmlText.clean(text)));
    }

    /** A line break between elements, so files read and diff well; never inside text. */
    public Xml nl() {
        return call(() -> w.writeCharacters("\n"));
    }

    public Xml end() {
        return call(w::writeEndElement);
    }

    /** start + text + end. */
    public Xml element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    public void finish() {
        call(() -> {
            w.writeEndDocument();
            w.flush();
            w.close();
        });
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        call(w::flush);
    }

    private void attributes(String[] pairs) throws XMLStreamException {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) w.writeAttribute(pairs[i], XmlText.clean(pairs[i + 1]));
        }
    }

    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) throw new IllegalArgumentException("not a coordinate: " + v);
        long tenths = Math.round(v * 10);
        long whole = Math.abs(tenths) / 10;
        long fraction = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return fraction == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private Xml call(XmlAction action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) throw new UncheckedIOException(io);
            throw new IllegalStateException(e);
        }
    }
}
