package dev.waymark.render.portfolio;

import dev.waymark.model.Measure;
import dev.waymark.model.PainSeverity;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.Xml;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The portfolio's pages: touchpoint inventory, pain heatmap, opportunities, owners' queue, metrics. */
public final class PortfolioPages {
    private PortfolioPages() {
    }

    /** Every page by file name. */
    public static List<String> files() {
        return Pages.ALL.stream().map(Pages.Link::file).toList();
    }

    public static byte[] page(String file, Portfolio p) {
        return switch (file) {
            case Pages.TOUCHPOINTS -> touchpoints(p);
            case Pages.PAINS -> PainPage.render(p);
            case Pages.OPPORTUNITIES -> OpportunityPage.render(p);
            case Pages.OWNERS -> OwnerPage.render(p);
            case Pages.METRICS -> metrics(p);
            default -> throw new IllegalArgumentException("no portfolio page " + file);
        };
    }

    static byte[] touchpoints(Portfolio p) {
        Xml x = Pages.open(Pages.TOUCHPOINTS, "Touchpoint inventory",
                Pages.plural(p.touchpoints().size(), "channel", "channels") + " across " + Pages.plural(p.hierarchy().size(), "journey", "journeys")
                        + ": how many steps use each, where, and how customers feel there.");
        x.start("table", "class", "portfolio touchpoints").nl();
        x.start("thead").start("tr");
        for (String h : List.of("Channel", "Steps", "How customers feel", "Journeys and stages")) x.element("th", h, "scope", "col");
        x.end().end().nl();
        x.start("tbody").nl();
        for (Touchpoints.Channel c : p.touchpoints()) {
            x.start("tr");
            x.start("th", "scope", "row").text(c.name().orElse("no channel")).end();
            x.element("td", Long.toString(c.total().steps()), "class", "num");
            x.start("td");
            feeling(x, c.total());
            x.end();
            x.start("td").start("ul", "class", "plain");
            for (Touchpoints.Journey j : c.journeys()) {
                x.start("li");
                x.element("a", p.title(j.journey()), "href", p.file(RenderFormat.HTML, j.journey()));
                x.text(" · " + Pages.plural(j.total().steps(), "step", "steps") + " in "
                        + j.stages().stream().map(s -> p.stageTitle(j.journey(), s.stage()) + " (" + s.total().steps() + ")")
                        .collect(Collectors.joining(", ")));
                j.total().mean().ifPresent(m -> x.text(" · feel " + Pages.signed(m)));
                x.end();
            }
            x.end().end();
            x.end().nl();
        }
        x.end().end().nl();
        return Pages.close(x);
    }

    /** "mean +1.5 (from -1 to +3), 4 of 6 steps rated" with a chip in the emotion colour. */
    static void feeling(Xml x, Emotions e) {
        if (e.mean().isEmpty()) {
            x.element("span", "no emotion rated", "class", "muted");
            return;
        }
        x.element("span", Pages.signed(e.mean().get()), "class", "emotion emotion-" + emotionClass(e.mean().get()));
        x.text(" mean, from " + Pages.signed(e.min().get()) + " to " + Pages.signed(e.max().get()) + "; "
                + e.rated() + " of " + Pages.plural(e.steps(), "step", "steps") + " rated");
    }

    static String emotionClass(double score) {
        long s = Math.round(Math.max(-3, Math.min(3, score)));
        return s < 0 ? "m" + (-s) : s > 0 ? "p" + s : "0";
    }

    static byte[] metrics(Portfolio p) {
        Xml x = Pages.open(Pages.METRICS, "Metrics", Pages.plural(p.metrics().size(), "metric", "metrics")
                + ": each current value against its target.");
        if (p.metrics().isEmpty()) {
            x.element("p", "No journey declares a metric yet (metric NAME = VALUE target VALUE).");
            return Pages.close(x);
        }
        x.start("table", "class", "portfolio metrics").nl();
        x.start("thead").start("tr");
        for (String h : List.of("Journey", "Where", "Metric", "Current", "Target", "Gap")) x.element("th", h, "scope", "col");
        x.end().end().nl();
        x.start("tbody").nl();
        for (Metrics.Row m : p.metrics()) {
            x.start("tr");
            x.start("td").element("a", p.title(m.journey()), "href", p.file(RenderFormat.HTML, m.journey())).end();
            x.element("td", m.step().map(s -> "step " + s).orElse("journey"));
            x.element("td", m.metric().name());
            x.element("td", m.metric().value().text(), "class", "num");
            x.element("td", m.metric().target().map(Measure::text).orElse("—"), "class", "num");
            x.element("td", m.gap().map(g -> (g > 0 ? "+" : "") + Xml.num(g)).orElse("—"), "class", "num");
            x.end().nl();
        }
        x.end().end().nl();
        return Pages.close(x);
    }

    static String severityClass(Optional<PainSeverity> severity) {
        return "heat heat-" + severity.map(PainSeverity::word).orElse("none");
    }
}
