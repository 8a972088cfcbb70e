package dev.waymark.render;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;

/**
 * The flow graph as a file: Graphviz's SVG read back and rewritten through the XML writer.
 * Comments (Graphviz writes its version and the node names there), the DOCTYPE and processing
 * instructions are dropped, so the output is the same with every Graphviz version of the same
 * layout and no user text sits in a comment; every id gets the journey's prefix, and the root
 * gets a title and ARIA role like the map.
 */
public final class FlowSvg {
    private static final ThreadLocal<XMLInputFactory> INPUT = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    });
    private static final ThreadLocal<XMLOutputFactory> OUTPUT = ThreadLocal.withInitial(XMLOutputFactory::newFactory);

    private FlowSvg() {
    }

    public static byte[] render(JourneyView view) {
        String raw = GraphvizEngine.svg(FlowGraph.of(view));
        return clean(raw, SvgMap.prefix(view) + "flow-", "Flow of " + XmlText.oneLine(view.journey().displayTitle()));
    }

    static byte[] clean(String svg, String idPrefix, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length() + 256);
        try {
            XMLStreamReader r = INPUT.get().createXMLStreamReader(new StringReader(svg));
            XMLStreamWriter w = OUTPUT.get().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        startElement(r, w, idPrefix, root);
                        if (root) {
                            w.writeStartElement("title");
                            w.writeAttribute("id", idPrefix + "title");
                            w.writeCharacters(XmlText.clean(title));
                            w.writeEndElement();
                            root = false;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> w.writeEndElement();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            w.writeCharacters(XmlText.clean(r.getText()));
                    default -> {
                        // comments, DOCTYPE, processing instructions, entity references: dropped
                    }
                }
            }
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.flush();
            w.close();
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Graphviz wrote SVG that does not parse: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void startElement(XMLStreamReader r, XMLStreamWriter w, String idPrefix, boolean root) throws XMLStreamException {
        String prefix = r.getPrefix() == null ? "" : r.getPrefix();
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        w.writeStartElement(prefix, r.getLocalName(), ns);
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            if (p == null || p.isEmpty()) w.writeDefaultNamespace(r.getNamespaceURI(i));
            else w.writeNamespace(p, r.getNamespaceURI(i));
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String name = r.getAttributeLocalName(i);
            String value = XmlText.clean(r.getAttributeValue(i));
            String aPrefix = r.getAttributePrefix(i);
            String aNs = r.getAttributeNamespace(i);
            if (name.equals("id") && (aNs == null || aNs.isEmpty())) value = idPrefix + value;
            // Graphviz only links where the graph asks for it (we never do); drop any href all the same
            if (name.equals("href")) continue;
            if (aPrefix == null || aPrefix.isEmpty()) w.writeAttribute(name, value);
            else w.writeAttribute(aPrefix, aNs == null ? XMLConstants.NULL_NS_URI : aNs, name, value);
        }
        if (root) {
            w.writeAttribute("role", "img");
            w.writeAttribute("aria-labelledby", idPrefix + "title");
        }
    }
}
