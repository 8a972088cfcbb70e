package dev.waymark.render;

import java.util.List;

import static dev.waymark.render.Xml.num;

/**
 * SVG shapes on top of {@link Xml}. Styling is by presentation attributes only — no `<style>`
 * element, no `style` attribute — so the map looks the same when inlined in a page whose
 * Content-Security-Policy forbids inline styles.
 */
public final class SvgDraw {
    public static final String NS = "http://www.w3.org/2000/svg";
    private final Xml xml;
    private final String idPrefix;

    public SvgDraw(Xml xml, String idPrefix) {
        this.xml = xml;
        this.idPrefix = idPrefix;
    }

    public Xml xml() {
        return xml;
    }

    /** An id unique across maps on one page: the journey's prefix plus a local name. */
    public String id(String local) {
        return idPrefix + local;
    }

    public SvgDraw group(String cssClass, String id, String... more) {
        String[] attrs = new String[4 + more.length];
        attrs[0] = "class";
        attrs[1] = cssClass;
        attrs[2] = "id";
        attrs[3] = id == null ? null : id(id);
        System.arraycopy(more, 0, attrs, 4, more.length);
        xml.start("g", attrs);
        return this;
    }

    public SvgDraw end() {
        xml.end().nl();
        return this;
    }

    public SvgDraw rect(double x, double y, double w, double h, double r, String fill, String stroke, String... more) {
        String[] base = {"x", num(x), "y", num(y), "width", num(w), "height", num(h),
                "rx", r > 0 ? num(r) : null, "fill", fill, "stroke", stroke};
        xml.empty("rect", concat(base, more));
        return this;
    }

    public SvgDraw line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        xml.empty("line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2),
                "stroke", stroke, "stroke-width", num(width), "stroke-dasharray", dash);
        return this;
    }

    public SvgDraw path(String d, String fill, String stroke, double width, String dash) {
        xml.empty("path", "d", d, "fill", fill, "stroke", stroke, "stroke-width", num(width), "stroke-dasharray", dash,
                "stroke-linecap", "round", "stroke-linejoin", "round");
        return this;
    }

    public SvgDraw circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth) {
        xml.empty("circle", "cx", num(cx), "cy", num(cy), "r", num(r), "fill", fill, "stroke", stroke,
                "stroke-width", stroke == null ? null : num(strokeWidth));
        return this;
    }

    /** Lines of text; `top` is the top of the first line box (not a baseline). */
    public SvgDraw text(List<String> lines, double x, double top, TextStyle style, String anchor) {
        if (lines.isEmpty()) return this;
        double lh = style.lineHeight();
        // centre the font's ascent + descent in each line box
        double baseline = top + (lh - (TextMetrics.ASCENT + TextMetrics.DESCENT) * style.size()) / 2 + TextMetrics.ASCENT * style.size();
        xml.start("text", "x", num(x), "y", num(baseline), "font-size", num(style.size()),
                "font-weight", style.bold() ? "bold" : null, "font-style", style.italic() ? "italic" : null,
                "fill", style.fill(), "text-anchor", anchor);
        if (lines.size() == 1) {
            xml.text(lines.get(0));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                xml.start("tspan", "x", num(x), "y", num(baseline + i * lh)).text(lines.get(i)).end();
            }
        }
        xml.end();
        return this;
    }

    public SvgDraw text(String line, double x, double top, TextStyle style, String anchor) {
        return text(List.of(line), x, top, style, anchor);
    }

    /** A five-pointed star centred on (cx, cy): the mark of a moment of truth. */
    public SvgDraw star(double cx, double cy, double r, String fill, String stroke) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double a = Math.PI / 2 + i * Math.PI / 5;
            d.append(i == 0 ? 'M' : 'L').append(num(cx + radius * Math.cos(a))).append(' ').append(num(cy - radius * Math.sin(a)));
        }
        d.append('Z');
        return path(d.toString(), fill, stroke, 1, null);
    }

    public SvgDraw diamond(double cx, double cy, double r, String fill, String stroke, double width) {
        String d = "M" + num(cx) + " " + num(cy - r) + "L" + num(cx + r) + " " + num(cy) + "L" + num(cx) + " " + num(cy + r)
                + "L" + num(cx - r) + " " + num(cy) + "Z";
        return path(d, fill, stroke, width, null);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
