package dev.waymark.render;

import dev.waymark.model.Located;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.waymark.model.Emotion;
import dev.waymark.model.ExtraProperty;
import dev.waymark.model.Measure;
import dev.waymark.model.Metric;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.Score;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.FlowEdge;
import dev.waymark.resolve.Owner;
import dev.waymark.resolve.Priority;
import dev.waymark.resolve.ReviewStatus;
import dev.waymark.resolve.Target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The resolved model of one journey as JSON, keys always in the order written here, so the
 * same map gives the same bytes. The shape is described by `journey.schema.json` beside this
 * class (shipped in the jar). Absent optional values are `null`, absent lists `[]`, so a consumer
 * never has to guess whether a key exists.
 */
public final class JsonMap {
    public static final String SCHEMA_RESOURCE = "/dev/waymark/render/journey.schema.json";
    public static final int VERSION = 1;

    private final JourneyView view;
    private final JsonGenerator g;

    private JsonMap(JourneyView view, JsonGenerator g) {
        this.view = view;
        this.g = g;
    }

    /** The file in memory (serve, tests). */
    public static byte[] render(JourneyView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 15);
        try {
            write(view, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The file streamed into `sink` (which the caller closes) in Jackson's chunks as it is
     * generated, never held whole (`render` writes 1,000 of them); same bytes as {@link #render}.
     */
    public static void write(JourneyView view, OutputStream sink) throws IOException {
        try (JsonGenerator g = JsonPrinter.generator(sink)) {
            new JsonMap(view, g).journey();
            g.writeRaw('\n');
        }
    }

    private void journey() throws IOException {
        var j = view.journey();
        g.writeStartObject();
        g.writeNumberField("waymark", VERSION);
        g.writeStringField("id", valid(j.id()));
        g.writeStringField("title", valid(j.displayTitle()));
        string("description", j.description());
        string("owner", j.owner().map(o -> o.value()));
        string("state", j.state().map(s -> s.value()));
        strings("tags", Located.values(j.tags()));
        strings("objectives", Located.values(j.objectives()));
        review();
        g.writeArrayFieldStart("personas");
        for (JourneyView.PersonaRef p : view.personas()) persona(p);
        g.writeEndArray();
        metrics(j.metrics());
        g.writeArrayFieldStart("stages");
        for (Stage s : j.stages()) stage(s);
        g.writeEndArray();
        g.writeArrayFieldStart("opportunities");
        for (Opportunity o : j.opportunities()) opportunity(o);
        g.writeEndArray();
        g.writeArrayFieldStart("flow");
        for (FlowEdge e : view.flow()) edge(e, true);
        g.writeEndArray();
        extras(j.extras());
        source(j.span().line());
        g.writeEndObject();
    }

    private void review() throws IOException {
        ReviewStatus r = view.review();
        g.writeObjectFieldStart("review");
        string("last", r.last().map(Object::toString));
        string("by", r.by());
        string("every", r.every().map(Object::toString));
        string("due", r.due().map(Object::toString));
        g.writeStringField("status", valid(r.status().label()));
        g.writeStringField("asOf", valid(view.asOf().toString()));
        g.writeEndObject();
    }

    private void persona(JourneyView.PersonaRef ref) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", valid(ref.id()));
        g.writeStringField("name", valid(ref.name()));
        Optional<Persona> p = ref.persona();
        string("description", p.flatMap(Persona::description));
        string("role", p.flatMap(Persona::role));
        g.writeFieldName("age");
        if (p.isPresent() && p.get().ageFrom().isPresent()) {
            g.writeStartObject();
            number("from", p.get().ageFrom().get().value());
            g.writeFieldName("to");
            if (p.get().ageTo().isPresent()) number(p.get().ageTo().get().value());
            else g.writeNull();
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        string("segment", p.flatMap(Persona::segment));
        strings("goals", Located.values(p.map(Persona::goals).orElse(List.of())));
        strings("frustrations", Located.values(p.map(Persona::frustrations).orElse(List.of())));
        string("quote", p.flatMap(Persona::quote));
        g.writeBooleanField("declared", p.isPresent());
        g.writeEndObject();
    }

    private void stage(Stage s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", valid(s.id()));
        g.writeStringField("title", valid(s.displayTitle()));
        string("description", s.description());
        string("goal", s.goal());
        string("owner", s.owner().map(o -> o.value()));
        string("effectiveOwner", view.stageOwner(s));
        g.writeArrayFieldStart("steps");
        for (Step step : s.steps()) step(step);
        g.writeEndArray();
        extras(s.extras());
        source(s.span().line());
        g.writeEndObject();
    }

    private void step(Step s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", valid(s.id()));
        g.writeStringField("title", valid(s.displayTitle()));
        string("description", s.description());
        g.writeStringField("lane", valid(s.laneName()));
        string("channel", s.channel());
        string("touchpoint", s.touchpoint().map(t -> t.value()));
        g.writeArrayFieldStart("personas");
        for (JourneyView.PersonaRef p : view.personas(s)) g.writeString(valid(p.id()));
        g.writeEndArray();
        string("owner", s.owner().map(o -> o.value()));
        Optional<Owner> owner = view.owner(s);
        string("effectiveOwner", owner.map(Owner::value));
        string("ownerFrom", owner.map(o -> o.source().label()));
        emotion(s.emotion());
        strings("thoughts", Located.values(s.thoughts()));
        g.writeArrayFieldStart("pains");
        for (Pain p : s.pains()) pain(p, s);
        g.writeEndArray();
        strings("momentsOfTruth", Located.values(s.momentsOfTruth()));
        score("importance", s.importance());
        score("performance", s.performance());
        metrics(s.metrics());
        strings("evidence", Located.values(s.evidence()));
        g.writeArrayFieldStart("next");
        for (FlowEdge e : view.flowFrom(s)) edge(e, false);
        g.writeEndArray();
        g.writeBooleanField("terminal", view.flowFrom(s).isEmpty());
        g.writeFieldName("dropoff");
        if (s.dropoff().isPresent()) {
            g.writeStartObject();
            share("share", Optional.of(s.dropoff().get().share()));
            string("reason", s.dropoff().get().reason());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        string("expands", s.expands().map(Located::value));
        strings("addressedBy", view.addressedBy(s).stream().map(view::idOf).toList());
        extras(s.extras());
        source(s.span().line());
        g.writeEndObject();
    }

    private void emotion(Optional<Emotion> e) throws IOException {
        g.writeFieldName("emotion");
        if (e.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number("score", e.get().score().value());
        string("label", e.get().label());
        g.writeFieldName("target");
        if (e.get().target().isPresent()) number(e.get().target().get().value());
        else g.writeNull();
        g.writeEndObject();
    }

    private void pain(Pain p, Step step) throws IOException {
        g.writeStartObject();
        string("id", p.id().map(i -> i.value()));
        g.writeStringField("text", valid(p.text()));
        string("severity", p.severityName());
        string("category", p.category());
        strings("addressedBy", view.addressedBy(p, step).stream().map(view::idOf).toList());
        g.writeEndObject();
    }

    private void opportunity(Opportunity o) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", valid(o.id()));
        g.writeStringField("tag", valid(view.tag(o)));
        g.writeStringField("title", valid(o.displayTitle()));
        string("description", o.description());
        g.writeArrayFieldStart("addresses");
        for (Reference r : o.addresses()) {
            g.writeStartObject();
            g.writeStringField("journey", valid(r.journey().orElse(view.id())));
            g.writeStringField("id", valid(r.id()));
            string("kind", view.target(r) instanceof Target.Resolved t ? Optional.of(t.kind().label()) : Optional.empty());
            g.writeStringField("text", valid(view.describe(r)));
            g.writeEndObject();
        }
        g.writeEndArray();
        string("owner", o.owner().map(w -> w.value()));
        string("effort", o.effort().map(e -> e.value().toString()));
        string("due", o.due().map(d -> d.text()));
        string("status", o.status().map(s -> s.value()));
        g.writeFieldName("impact");
        if (o.impact().isPresent()) {
            g.writeStartObject();
            g.writeStringField("metric", valid(o.impact().get().metric()));
            measure("from", o.impact().get().from());
            measure("to", o.impact().get().to());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        value(o);
        extras(o.extras());
        source(o.span().line());
        g.writeEndObject();
    }

    private void value(Opportunity o) throws IOException {
        Priority p = Priority.of(o);
        g.writeFieldName("value");
        if (p.value().isPresent()) {
            g.writeStartObject();
            share("customer", o.value().get().customer());
            share("business", o.value().get().business());
            number("mean", rounded(p.value().get()));
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeFieldName("score");
        if (p.score().isPresent()) number(rounded(p.score().get()));
        else g.writeNull();
    }

    /** Two decimals, so machines print the same digits. */
    static double rounded(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void edge(FlowEdge e, boolean withFrom) throws IOException {
        g.writeStartObject();
        if (withFrom) g.writeStringField("from", valid(e.fromStep()));
        g.writeStringField("journey", valid(e.toJourney()));
        g.writeStringField("step", valid(e.toStep()));
        share("share", e.share());
        g.writeBooleanField("explicit", e.explicit());
        g.writeEndObject();
    }

    private void metrics(List<Metric> metrics) throws IOException {
        g.writeArrayFieldStart("metrics");
        for (Metric m : metrics) {
            g.writeStartObject();
            g.writeStringField("name", valid(m.name()));
            measure("value", m.value());
            g.writeFieldName("target");
            if (m.target().isPresent()) measure(m.target().get());
            else g.writeNull();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void score(String name, Optional<Score> score) throws IOException {
        g.writeFieldName(name);
        if (score.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName("customer");
        if (score.get().customer().isPresent()) number(score.get().customer().get().value());
        else g.writeNull();
        g.writeFieldName("internal");
        if (score.get().internal().isPresent()) number(score.get().internal().get().value());
        else g.writeNull();
        g.writeEndObject();
    }

    /** A share of customers in percent (a plain number is taken as a percentage too). */
    private void share(String name, Optional<Measure> share) throws IOException {
        g.writeFieldName(name);
        if (share.isPresent()) number(share.get().value());
        else g.writeNull();
    }

    private void measure(String name, Measure m) throws IOException {
        g.writeFieldName(name);
        measure(m);
    }

    private void measure(Measure m) throws IOException {
        g.writeStartObject();
        number("value", m.value());
        g.writeStringField("unit", valid(m.percent() ? "percent" : "number"));
        g.writeStringField("text", valid(m.text()));
        g.writeEndObject();
    }

    /** `x-...` properties as a list: a name may repeat, and a JSON object must not. */
    private void extras(List<ExtraProperty> extras) throws IOException {
        g.writeArrayFieldStart("extras");
        for (ExtraProperty x : extras) {
            g.writeStartObject();
            g.writeStringField("name", valid(x.name()));
            g.writeStringField("value", valid(x.value()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void source(int line) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("file", valid(view.file()));
        g.writeNumberField("line", line);
        g.writeEndObject();
    }

    private void string(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) g.writeStringField(name, valid(value.get()));
        else g.writeNullField(name);
    }

    /** A string with lone surrogates replaced by U+FFFD: they cannot be encoded as UTF-8. */
    public static String valid(String text) {
        return JsonPrinter.valid(text);
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(valid(v));
        g.writeEndArray();
    }

    private void number(String name, double v) throws IOException {
        g.writeFieldName(name);
        number(v);
    }

    /** Whole numbers without ".0", so 31 reads as 31. */
    private void number(double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumber((long) v);
        else g.writeNumber(v);
    }
}
