package dev.waymark.diff;

import dev.waymark.render.Palette;
import dev.waymark.render.SvgDraw;
import dev.waymark.render.TextMetrics;
import dev.waymark.render.TextStyle;
import dev.waymark.render.XmlText;
import dev.waymark.render.Xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff picture laid out as a flat list of shapes with absolute positions, so that its size
 * is known before the first element is written (and tests can measure it). It is written with
 * the renderer's {@link Xml} and {@link SvgDraw}, the one way Waymark writes SVG: the writer
 * escapes markup and drops the characters XML cannot hold (control characters, lone
 * surrogates, U+FFFE) and the bidirectional overrides, as on the journey maps.
 */
final class DiffPicture {
    sealed interface Shape permits Box, Label, Rule {
    }

    record Box(double x, double y, double w, double h, String fill, String stroke, double strokeWidth,
               String dash, double opacity) implements Shape {
    }

    /** One line of text whose line box starts at `top`; `strike` draws a line through it (a removed element). */
    record Label(double x, double top, String text, TextStyle style, boolean strike) implements Shape {
        double width() {
            return style.width(text);
        }
    }

    record Rule(double x1, double y1, double x2, double y2, String stroke, double width) implements Shape {
    }

    private final List<Shape> shapes = new ArrayList<>();

    void add(Shape shape) {
        shapes.add(shape);
    }

    /** One line of text, cleaned as the writer will write it, so what is measured is what is drawn. */
    void text(double x, double top, String text, TextStyle style) {
        add(new Label(x, top, XmlText.oneLine(text), style, false));
    }

    List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    String write(double width, double height, String title) {
        Xml xml = new Xml(4_096 + 256 * shapes.size());
        xml.declaration().nl();
        xml.start("svg", "width", Xml.num(width), "height", Xml.num(height), "viewBox", "0 0 " + Xml.num(width) + " " + Xml.num(height),
                "role", "img", "font-family", TextMetrics.FONTS, "class", "wm-diff");
        xml.defaultNamespace(SvgDraw.NS);
        xml.element("title", XmlText.oneLine(title));
        SvgDraw g = new SvgDraw(xml, "wm-diff-");
        g.rect(0, 0, width, height, 0, Palette.WHITE, null);
        for (Shape s : shapes) {
            xml.nl();
            if (s instanceof Box b) {
                g.rect(b.x(), b.y(), b.w(), b.h(), 5, b.fill(), b.stroke(),
                        "stroke-width", b.stroke() == null ? null : Xml.num(b.strokeWidth()), "stroke-dasharray", b.dash(),
                        "opacity", b.opacity() < 1 ? Xml.num(b.opacity()) : null);
            } else if (s instanceof Label t) {
                g.text(t.text(), t.x(), t.top(), t.style(), null);
                if (t.strike()) {
                    // text-decoration is not drawn by every SVG renderer; a real line is
                    double mid = t.top() + t.style().lineHeight() / 2;
                    g.line(t.x(), mid, t.x() + t.width(), mid, t.style().fill(), 1.2, null);
                }
            } else if (s instanceof Rule r) {
                g.line(r.x1(), r.y1(), r.x2(), r.y2(), r.stroke(), r.width(), null);
            }
        }
        xml.nl();
        xml.end();
        xml.nl();
        xml.finish();
        return new String(xml.bytes(), StandardCharsets.UTF_8);
    }
}
