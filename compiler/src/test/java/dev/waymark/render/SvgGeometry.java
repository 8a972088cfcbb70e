package dev.waymark.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a map back and checks its geometry with the same font metrics the layout used: every
 * text line inside its card's box, no two boxes overlapping. (The browser test checks the same
 * with Chromium's own layout.)
 */
final class SvgGeometry {
    record Box(String what, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            double ix = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
            double iy = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
            return ix > 0.5 && iy > 0.5;
        }
    }

    private SvgGeometry() {
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> elements(Node root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = root instanceof Document d ? d.getElementsByTagNameNS("*", localName) : ((Element) root).getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) out.add((Element) all.item(i));
        return out;
    }

    static boolean hasClass(Element e, String cls) {
        for (String c : e.getAttribute("class").split("\\s+")) if (c.equals(cls)) return true;
        return false;
    }

    /** Problems found: texts outside their box, overlapping boxes. Empty when the map is sound. */
    static List<String> problems(Document svg) {
        List<String> problems = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (Element g : elements(svg, "g")) {
            if (!hasClass(g, "wm-card")) continue;
            Element rect = null;
            for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("rect") && hasClass(e, "wm-box")) {
                    rect = e;
                    break;
                }
            }
            if (rect == null) {
                problems.add("card without a box: " + g.getAttribute("class"));
                continue;
            }
            Box box = new Box(g.getAttribute("class") + " " + g.getAttribute("id"), d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height"));
            boxes.add(box);
            for (Element text : elements(g, "text")) {
                double size = d(text, "font-size");
                boolean bold = "bold".equals(text.getAttribute("font-weight"));
                String anchor = text.getAttribute("text-anchor");
                List<Element> spans = elements(text, "tspan");
                List<double[]> lines = new ArrayList<>();
                List<String> contents = new ArrayList<>();
                if (spans.isEmpty()) {
                    lines.add(new double[] {d(text, "x"), d(text, "y")});
                    contents.add(text.getTextContent());
                } else {
                    for (Element s : spans) {
                        lines.add(new double[] {d(s, "x"), d(s, "y")});
                        contents.add(s.getTextContent());
                    }
                }
                for (int i = 0; i < lines.size(); i++) {
                    double w = TextMetrics.width(contents.get(i), size, bold);
                    double x = lines.get(i)[0];
                    double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
                    double top = lines.get(i)[1] - TextMetrics.ASCENT * size;
                    double bottom = lines.get(i)[1] + TextMetrics.DESCENT * size;
                    if (left < box.x - 0.5 || left + w > box.x + box.w + 0.5 || top < box.y - 0.5 || bottom > box.y + box.h + 0.5) {
                        problems.add("text overflows " + box.what() + ": '" + abbreviate(contents.get(i)) + "'");
                    }
                }
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) problems.add("boxes overlap: " + boxes.get(i).what() + " and " + boxes.get(j).what());
            }
        }
        return problems;
    }

    static int boxCount(Document svg) {
        int n = 0;
        for (Element r : elements(svg, "rect")) if (hasClass(r, "wm-box")) n++;
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static double d(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }
}
