package dev.waymark.render.portfolio;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.waymark.model.Measure;
import dev.waymark.model.PainSeverity;
import dev.waymark.render.JourneyView;
import dev.waymark.render.JsonMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * `portfolio.json`: the portfolio as data, keys in the order written here, lists in the
 * documented orders, so the same workspace gives the same bytes. The shape is
 * `portfolio.schema.json` beside this class (shipped in the jar).
 */
public final class PortfolioJson {
    public static final String FILE = "portfolio.json";
    public static final String SCHEMA_RESOURCE = "/dev/waymark/render/portfolio/portfolio.schema.json";
    public static final int VERSION = 1;

    private final JsonGenerator g;

    private PortfolioJson(JsonGenerator g) {
        this.g = g;
    }

    /** The file in memory (serve, tests). */
    public static byte[] render(Portfolio p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(p, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The file streamed into `sink` (which the caller closes) as it is generated, so the render
     * never holds it whole: 54 MB for the 1,000-journey workspace. Same bytes as {@link #render}.
     */
    public static void write(Portfolio p, OutputStream sink) throws IOException {
        try (JsonGenerator g = dev.waymark.render.JsonPrinter.generator(sink)) {
            new PortfolioJson(g).portfolio(p);
            g.writeRaw('\n');
        }
    }

    private void portfolio(Portfolio p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("waymark", VERSION);
        text("asOf", p.asOf().toString());
        summary(p);
        array("hierarchy", p.hierarchy(), this::node);
        array("touchpoints", p.touchpoints(), this::channel);
        array("pains", p.pains(), this::heatRow);
        array("backlog", p.backlog(), this::item);
        array("closed", p.closed(), this::item);
        array("owners", p.owners(), this::owner);
        array("metrics", p.metrics(), this::metric);
        g.writeEndObject();
    }

    private void summary(Portfolio p) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("journeys", p.hierarchy().size());
        g.writeNumberField("steps", p.journeys().stream().mapToLong(v -> v.journey().steps().count()).sum());
        g.writeNumberField("pains", p.pains().stream().mapToInt(Heatmap.Row::count).sum());
        g.writeNumberField("openOpportunities", p.backlog().size());
        g.writeNumberField("closedOpportunities", p.closed().size());
        g.writeNumberField("owners", p.owners().size());
        g.writeEndObject();
    }

    private void node(Tree.Node n) throws IOException {
        JourneyView v = n.view();
        g.writeStartObject();
        text("journey", v.id());
        text("title", v.journey().displayTitle());
        g.writeNumberField("level", n.level());
        string("owner", v.journey().owner().map(o -> o.value()));
        text("review", v.review().status().label());
        string("reviewDue", v.review().due().map(Object::toString));
        g.writeNumberField("steps", v.journey().steps().count());
        g.writeArrayFieldStart("parents");
        for (Tree.Link l : n.parents()) link(l, false);
        g.writeEndArray();
        g.writeArrayFieldStart("children");
        for (Tree.Link l : n.children()) link(l, true);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void link(Tree.Link l, boolean child) throws IOException {
        g.writeStartObject();
        if (!child) text("journey", l.journey());
        text("stage", l.stage());
        text("step", l.step());
        if (child) text("journey", l.child());
        g.writeEndObject();
    }

    private void channel(Touchpoints.Channel c) throws IOException {
        g.writeStartObject();
        string("channel", c.name());
        emotions(c.total());
        g.writeArrayFieldStart("journeys");
        for (Touchpoints.Journey j : c.journeys()) {
            g.writeStartObject();
            text("journey", j.journey());
            emotions(j.total());
            g.writeArrayFieldStart("stages");
            for (Touchpoints.StageCount s : j.stages()) {
                g.writeStartObject();
                text("stage", s.stage());
                emotions(s.total());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void emotions(Emotions e) throws IOException {
        g.writeNumberField("steps", e.steps());
        g.writeObjectFieldStart("emotion");
        g.writeNumberField("rated", e.rated());
        number("mean", e.mean());
        number("min", e.min());
        number("max", e.max());
        g.writeEndObject();
    }

    private void heatRow(Heatmap.Row r) throws IOException {
        g.writeStartObject();
        text("journey", r.view().id());
        g.writeNumberField("count", r.count());
        string("worst", r.worst().map(PainSeverity::word));
        g.writeArrayFieldStart("stages");
        for (Heatmap.Cell c : r.cells()) {
            g.writeStartObject();
            text("stage", c.stage());
            g.writeNumberField("count", c.count());
            string("worst", c.worst().map(PainSeverity::word));
            g.writeObjectFieldStart("bySeverity");
            for (var e : c.bySeverity().entrySet()) g.writeNumberField(e.getKey().word(), e.getValue());
            g.writeEndObject();
            g.writeArrayFieldStart("pains");
            for (Heatmap.PainRef p : c.pains()) {
                g.writeStartObject();
                text("step", p.step());
                string("id", p.id());
                text("text", p.text());
                text("severity", p.severity().word());
                strings("addressedBy", p.addressedBy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void item(Backlog.Item i) throws IOException {
        g.writeStartObject();
        if (i.rank() > 0) g.writeNumberField("rank", i.rank());
        else g.writeNullField("rank");
        text("journey", i.journey());
        text("id", i.id());
        text("tag", i.view().tag(i.opportunity()));
        text("title", i.opportunity().displayTitle());
        string("status", i.status());
        string("owner", i.owner());
        string("due", i.opportunity().due().map(d -> d.text()));
        g.writeBooleanField("overdue", i.overdue());
        g.writeFieldName("value");
        if (i.priority().value().isPresent()) {
            var v = i.opportunity().value().get();
            g.writeStartObject();
            number("customer", v.customer().map(Measure::value));
            number("business", v.business().map(Measure::value));
            number("mean", i.priority().value().map(Emotions::round));
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        string("effort", i.opportunity().effort().map(e -> e.value().toString()));
        number("effortDays", i.priority().effortDays().map(Emotions::round));
        number("score", i.priority().score().map(Emotions::round));
        g.writeArrayFieldStart("addresses");
        for (Backlog.Address a : i.addresses()) {
            g.writeStartObject();
            text("journey", a.journey());
            text("id", a.id());
            string("kind", a.kind());
            text("text", a.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void owner(Queue.Owner o) throws IOException {
        g.writeStartObject();
        text("owner", o.handle());
        string("team", o.team());
        g.writeArrayFieldStart("queue");
        for (Queue.Attention a : o.queue()) {
            g.writeStartObject();
            text("reason", a.reason().label());
            text("journey", a.journey());
            string("opportunity", a.opportunity());
            text("title", a.title());
            string("due", a.date().map(Object::toString));
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("journeys", o.journeys().stream().map(JourneyView::id).toList());
        g.writeArrayFieldStart("stages");
        for (Queue.StageRef s : o.stages()) {
            g.writeStartObject();
            text("journey", s.journey());
            text("stage", s.stage());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        for (Queue.StepRef s : o.steps()) {
            g.writeStartObject();
            text("journey", s.journey());
            text("stage", s.stage());
            text("step", s.step());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("opportunities");
        for (Backlog.Item i : o.opportunities()) {
            g.writeStartObject();
            text("journey", i.journey());
            text("id", i.id());
            if (i.rank() > 0) g.writeNumberField("rank", i.rank());
            else g.writeNullField("rank");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void metric(Metrics.Row m) throws IOException {
        g.writeStartObject();
        text("journey", m.journey());
        string("stage", m.stage());
        string("step", m.step());
        text("name", m.metric().name());
        measure("value", Optional.of(m.metric().value()));
        measure("target", m.metric().target());
        number("gap", m.gap());
        g.writeEndObject();
    }

    private void measure(String name, Optional<Measure> m) throws IOException {
        g.writeFieldName(name);
        if (m.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number("value", Optional.of(m.get().value()));
        text("unit", m.get().percent() ? "percent" : "number");
        text("text", m.get().text());
        g.writeEndObject();
    }

    private interface Writer<T> {
        void write(T item) throws IOException;
    }

    private <T> void array(String name, List<T> items, Writer<T> writer) throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) writer.write(item);
        g.writeEndArray();
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) g.writeString(JsonMap.valid(s));
        g.writeEndArray();
    }

    /** User text may hold lone surrogates, which UTF-8 cannot encode: they become U+FFFD. */
    private void text(String name, String value) throws IOException {
        g.writeStringField(name, JsonMap.valid(value));
    }

    private void string(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) text(name, value.get());
        else g.writeNullField(name);
    }

    /** Whole numbers without ".0", so 31 reads as 31. */
    private void number(String name, Optional<Double> v) throws IOException {
        g.writeFieldName(name);
        if (v.isEmpty()) g.writeNull();
        else if (v.get() == Math.rint(v.get()) && Math.abs(v.get()) < 1e15) g.writeNumber((long) (double) v.get());
        else g.writeNumber(v.get());
    }
}
