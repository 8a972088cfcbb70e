package dev.waymark.diff;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A flat list of shapes with absolute positions, laid out first and written after, so the
 * document's size is known before its first element. Written only through
 * {@link XMLStreamWriter}: user text is escaped by the writer, never concatenated into markup.
 */
final class SvgScene {
    static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
    static final String MONO = "DejaVu Sans Mono, Menlo, Consolas, monospace";

    sealed interface Shape permits Rect, Text, Line {
    }

    record Rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth,
                String dash, double opacity) implements Shape {
    }

    /** One line of text; {@code strike} draws a line through it (for removed elements). */
    record Text(double x, double y, String text, double size, boolean bold, String fill, boolean mono,
                boolean strike) implements Shape {
    }

    record Line(double x1, double y1, double x2, double y2, String stroke, double width) implements Shape {
    }

    private final List<Shape> shapes = new ArrayList<>();

    void add(Shape shape) {
        shapes.add(shape);
    }

    List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    String write(double width, double height, String title) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("svg");
            w.writeDefaultNamespace("http://www.w3.org/2000/svg");
            w.writeAttribute("width", num(width));
            w.writeAttribute("height", num(height));
            w.writeAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
            w.writeAttribute("role", "img");
            w.writeAttribute("font-family", FONT);
            w.writeStartElement("title");
            w.writeCharacters(title);
            w.writeEndElement();
            w.writeEmptyElement("rect");
            w.writeAttribute("width", num(width));
            w.writeAttribute("height", num(height));
            w.writeAttribute("fill", "#FFFFFF");
            for (Shape s : shapes) {
                w.writeCharacters("\n");
                if (s instanceof Rect r) rect(w, r);
                else if (s instanceof Text t) text(w, t);
                else if (s instanceof Line l) line(w, l);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
        return sw + "\n";
    }

    private static void rect(XMLStreamWriter w, Rect r) throws XMLStreamException {
        w.writeEmptyElement("rect");
        w.writeAttribute("x", num(r.x()));
        w.writeAttribute("y", num(r.y()));
        w.writeAttribute("width", num(r.w()));
        w.writeAttribute("height", num(r.h()));
        w.writeAttribute("rx", "5");
        w.writeAttribute("fill", r.fill());
        if (r.stroke() != null) {
            w.writeAttribute("stroke", r.stroke());
            w.writeAttribute("stroke-width", num(r.strokeWidth()));
        }
        if (r.dash() != null) w.writeAttribute("stroke-dasharray", r.dash());
        if (r.opacity() < 1) w.writeAttribute("opacity", num(r.opacity()));
    }

    private static void text(XMLStreamWriter w, Text t) throws XMLStreamException {
        w.writeStartElement("text");
        w.writeAttribute("x", num(t.x()));
        w.writeAttribute("y", num(t.y()));
        w.writeAttribute("font-size", num(t.size()));
        if (t.bold()) w.writeAttribute("font-weight", "bold");
        if (t.mono()) w.writeAttribute("font-family", MONO);
        w.writeAttribute("fill", t.fill());
        w.writeCharacters(t.text());
        w.writeEndElement();
        if (t.strike()) {
            // text-decoration is not drawn by every SVG renderer; a real line is
            double width = TextWrap.width(t.text(), t.size()) * 0.8;
            line(w, new Line(t.x(), t.y() - t.size() * 0.32, t.x() + width, t.y() - t.size() * 0.32, t.fill(), 1.2));
        }
    }

    private static void line(XMLStreamWriter w, Line l) throws XMLStreamException {
        w.writeEmptyElement("line");
        w.writeAttribute("x1", num(l.x1()));
        w.writeAttribute("y1", num(l.y1()));
        w.writeAttribute("x2", num(l.x2()));
        w.writeAttribute("y2", num(l.y2()));
        w.writeAttribute("stroke", l.stroke());
        w.writeAttribute("stroke-width", num(l.width()));
    }

    /** Fixed-point numbers with at most one decimal and a dot, whatever the locale: byte-identical output. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
