package dev.waymark.render;

import dev.waymark.model.Journey;
import dev.waymark.model.PainSeverity;
import dev.waymark.resolve.ReviewStatus;

import java.io.OutputStream;

/**
 * The journey map as SVG: a header ({@link MapHeader}: title, review badge, owner, personas,
 * objectives, journey metrics), then a grid ({@link MapLanes}) whose columns are the steps
 * grouped by stage and whose rows are lanes: customer actions, the emotion curve
 * ({@link EmotionLane}), thoughts, pains, moments of truth, the service-blueprint lanes with
 * their lines of interaction, visibility and internal interaction, metrics, opportunities and
 * owners, each cell holding {@link MapCards}; then a legend and a footer ({@link MapLegend}).
 * A lane with nothing in it is left out.
 *
 * <p>Layout is computed first ({@link MapLayout}: every text wrapped with {@link TextMetrics},
 * every box as tall as its content, every row as tall as its tallest cell), then written in one
 * pass, since the `<svg>` element states the height before any content. Boxes sit in disjoint
 * grid cells, so they cannot overlap; text is wrapped to its box, so it cannot overflow.
 */
public final class SvgMap {
    private final MapLayout m;
    private final double height;

    private SvgMap(JourneyView view) {
        this.m = new MapLayout(view);
        m.y = MapLayout.MARGIN;
        MapHeader.layout(m);
        m.y += 20;
        MapLanes.layout(m);
        m.y += 16;
        MapLegend.layout(m);
        this.height = Math.ceil(m.y + MapLayout.MARGIN);
    }

    /** The default id prefix: `wm-<journey id>-`; journey ids are already safe in an XML id. */
    public static String prefix(JourneyView view) {
        return "wm-" + view.id() + "-";
    }

    /** A standalone SVG file, in memory. */
    public static byte[] render(JourneyView view) {
        Xml xml = new Xml();
        document(view, xml);
        return xml.bytes();
    }

    /** A standalone SVG file streamed into `out`: memory stays bounded by the layout, not the file. */
    public static void render(JourneyView view, OutputStream out) {
        document(view, new Xml(out));
    }

    private static void document(JourneyView view, Xml xml) {
        xml.declaration().nl();
        write(view, xml, prefix(view));
        xml.nl();
        xml.finish();
    }

    /** Writes the `<svg>` element into a document being written (an HTML page). */
    public static void write(JourneyView view, Xml xml, String idPrefix) {
        new SvgMap(view).emit(new SvgDraw(xml, idPrefix));
    }

    private void emit(SvgDraw g) {
        Xml xml = g.xml();
        Journey journey = m.journey;
        double width = m.width;
        xml.start("svg", "width", Xml.num(width), "height", Xml.num(height), "viewBox", "0 0 " + Xml.num(width) + " " + Xml.num(height),
                "role", "img", "aria-labelledby", g.id("title") + " " + g.id("desc"), "font-family", TextMetrics.FONTS,
                "class", "wm-map", "data-journey", journey.id());
        xml.defaultNamespace(SvgDraw.NS).nl();
        xml.element("title", XmlText.oneLine(journey.displayTitle()), "id", g.id("title")).nl();
        xml.element("desc", description(), "id", g.id("desc")).nl();
        g.rect(0, 0, width, height, 0, Palette.WHITE, null);
        xml.nl();
        m.replay(g);
        xml.end();
    }

    /** What a screen reader says about the map as a whole. */
    private String description() {
        JourneyView view = m.view;
        Journey journey = m.journey;
        ReviewStatus r = view.review();
        long steps = journey.steps().count();
        StringBuilder d = new StringBuilder("Customer journey map");
        journey.owner().ifPresent(o -> d.append(" owned by ").append(o.value()));
        d.append(". Review ").append(r.status().label());
        r.due().ifPresent(due -> d.append(" (due ").append(due).append(')'));
        d.append(". ").append(journey.stages().size()).append(journey.stages().size() == 1 ? " stage, " : " stages, ")
                .append(steps).append(steps == 1 ? " step" : " steps");
        journey.steps().filter(s -> s.emotion().isPresent())
                .min((a, b) -> Double.compare(a.emotion().get().score().value(), b.emotion().get().score().value()))
                .ifPresent(low -> d.append("; lowest emotion ").append(ScoreText.signed(low.emotion().get().score())).append(" at ")
                        .append(low.displayTitle()));
        long severe = journey.steps().flatMap(s -> s.pains().stream())
                .filter(p -> p.severityOrMedium().atLeast(PainSeverity.HIGH)).count();
        if (severe > 0) d.append("; ").append(severe).append(severe == 1 ? " high or critical pain" : " high or critical pains");
        if (!journey.opportunities().isEmpty()) d.append("; ").append(journey.opportunities().size())
                .append(journey.opportunities().size() == 1 ? " opportunity" : " opportunities");
        return XmlText.oneLine(d.append('.').toString());
    }
}
