package dev.waymark.render;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.PainSeverity;
import dev.waymark.model.Severity;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.Owner;
import dev.waymark.resolve.ReviewStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A static site: `index.html` lists every journey (owner, review status, error and warning
 * counts, or why it was not rendered), and each rendered journey has a page with its map
 * inline, its details, its findings and links to its other files. No script at all; styles
 * live in `waymark.css`; each page declares a Content-Security-Policy that allows nothing but
 * its own files, so the site works opened from disk and behind a strict CSP.
 */
public final class HtmlSite {
    public static final String CSS = "waymark.css";
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

    /** One row of the index: a rendered journey (with its view) or a skipped one; `fileBase` names its files ({@link FileNames}). */
    public record Entry(String id, String fileBase, String title, String file, int line, Optional<JourneyView> view,
                        List<Diagnostic> diagnostics, List<Diagnostic> blocking, Set<RenderFormat> files) {
        long count(Severity s) {
            return diagnostics.stream().filter(d -> d.severity() == s).count();
        }
    }

    private HtmlSite() {
    }

    public static byte[] css() {
        try (InputStream in = HtmlSite.class.getResourceAsStream(CSS)) {
            if (in == null) throw new IllegalStateException("missing " + CSS);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] index(List<Entry> entries, LocalDate asOf, List<Diagnostic> other) {
        return index(entries, asOf, other, Live.NONE, x -> { });
    }

    /** The index as `serve` shows it: with its script and the workspace's errors on top. */
    public static byte[] index(List<Entry> entries, LocalDate asOf, List<Diagnostic> other, Live live) {
        return index(entries, asOf, other, live, x -> { });
    }

    /** The index with `portfolio` written at the top of its main part (the portfolio's navigation and journey cards). */
    public static byte[] index(List<Entry> entries, LocalDate asOf, List<Diagnostic> other, java.util.function.Consumer<Xml> portfolio) {
        return index(entries, asOf, other, Live.NONE, portfolio);
    }

    public static byte[] index(List<Entry> entries, LocalDate asOf, List<Diagnostic> other, Live live, java.util.function.Consumer<Xml> portfolio) {
        Xml x = new Xml();
        head(x, "Journey maps", live);
        x.start("body").nl();
        live.writeProblems(x);
        x.start("header").element("h1", "Journey maps")
                .element("p", entries.size() + (entries.size() == 1 ? " journey" : " journeys") + " · review status as of " + asOf, "class", "meta")
                .end().nl();
        x.start("main").nl();
        portfolio.accept(x);
        x.start("table", "class", "journeys").nl();
        x.start("thead").start("tr");
        for (String h : List.of("Journey", "Owner", "Review", "Due", "Errors", "Warnings", "Steps", "Files")) x.element("th", h, "scope", "col");
        x.end().end().nl();
        x.start("tbody").nl();
        for (Entry e : entries) row(x, e);
        x.end().nl();
        x.end().nl();
        if (!other.isEmpty()) {
            x.element("h2", "Findings outside journeys");
            findings(x, other);
        }
        x.end().nl();
        live.writeScript(x);
        x.end().end();
        x.finish();
        return x.bytes();
    }

    private static void row(Xml x, Entry e) {
        x.start("tr", "class", e.view().isPresent() ? null : "skipped");
        x.start("td");
        if (e.view().isPresent()) x.element("a", e.title(), "href", RenderFormat.HTML.fileName(e.fileBase()));
        else x.element("span", e.title(), "class", "title");
        x.element("div", e.id(), "class", "id");
        x.end();
        if (e.view().isPresent()) {
            JourneyView v = e.view().get();
            x.element("td", v.journey().owner().map(o -> o.value()).orElse("none"), "class", v.journey().owner().isPresent() ? "word" : "missing");
            x.start("td");
            badge(x, v.review());
            x.end();
            x.element("td", v.review().due().map(Object::toString).orElse("—"), "class", "date");
        } else {
            x.start("td", "colspan", "3", "class", "not-rendered")
                    .text("Not rendered: " + e.blocking().size() + " structural " + (e.blocking().size() == 1 ? "error" : "errors")
                            + " (" + e.file() + ":" + e.line() + ")")
                    .end();
        }
        x.element("td", Long.toString(e.count(Severity.ERROR)), "class", e.count(Severity.ERROR) > 0 ? "num errors" : "num");
        x.element("td", Long.toString(e.count(Severity.WARNING)), "class", e.count(Severity.WARNING) > 0 ? "num warnings" : "num");
        x.element("td", e.view().map(v -> Long.toString(v.journey().steps().count())).orElse("—"), "class", "num");
        x.start("td", "class", "files");
        if (e.view().isPresent()) links(x, e);
        x.end();
        x.end().nl();
    }

    private static void links(Xml x, Entry e) {
        boolean first = true;
        for (RenderFormat f : List.of(RenderFormat.SVG, RenderFormat.FLOW, RenderFormat.JSON, RenderFormat.MERMAID)) {
            if (!e.files().contains(f)) continue;
            if (!first) x.text(" ");
            x.element("a", f.label(), "href", f.fileName(e.fileBase()));
            first = false;
        }
    }

    public static void badge(Xml x, ReviewStatus r) {
        String icon = switch (r.status()) {
            case CURRENT -> "✓";
            case DUE_SOON -> "◷";
            case STALE -> "⚠";
            case MISSING -> "✕";
            case UNKNOWN -> "?";
        };
        x.element("span", icon + " " + r.status().label(), "class", "badge review-" + r.status().label());
    }

    public static byte[] page(Entry e) {
        return page(e, Live.NONE);
    }

    /** A journey's page as `serve` shows it: with its script, and the file's errors above the (last good) map. */
    public static byte[] page(Entry e, Live live) {
        JourneyView v = e.view().orElseThrow();
        Xml x = new Xml();
        head(x, XmlText.oneLine(v.journey().displayTitle()) + " · journey map", live);
        x.start("body").nl();
        x.start("nav").element("a", "← All journeys", "href", "index.html").end().nl();
        live.writeProblems(x);
        x.start("header").element("h1", v.journey().displayTitle());
        x.start("p", "class", "meta");
        badge(x, v.review());
        x.text(" Owner " + v.journey().owner().map(o -> o.value()).orElse("none") + " · " + e.file() + ":" + e.line()
                + " · " + e.count(Severity.ERROR) + " errors, " + e.count(Severity.WARNING) + " warnings");
        x.end();
        List<dev.waymark.resolve.Hierarchy.Expansion> parents = v.workspace().hierarchy().parents(v.id());
        if (!parents.isEmpty()) {
            // where this journey sits in the hierarchy: the steps it details, one level up
            x.start("p", "class", "meta").text("Details ");
            for (int i = 0; i < parents.size(); i++) {
                var p = parents.get(i);
                if (i > 0) x.text(", ");
                x.element("a", p.step().displayTitle(), "href", RenderFormat.HTML.fileName(FileNames.base(p.parent().id()))).text(" in " + p.parent().displayTitle());
            }
            x.end();
        }
        x.start("p", "class", "downloads").text("Files: ");
        links(x, e);
        x.end();
        x.end().nl();
        x.start("main").nl();
        x.start("figure", "class", "map").nl();
        SvgMap.write(v, x, SvgMap.prefix(v));
        if (e.files().contains(RenderFormat.SVG)) {
            x.start("figcaption").text("Scaled to fit the window: ")
                    .element("a", "open the full-size map", "href", RenderFormat.SVG.fileName(e.id())).end();
        }
        x.nl().end().nl();
        if (e.files().contains(RenderFormat.FLOW)) {
            x.element("h2", "Flow");
            x.start("figure", "class", "flow");
            x.empty("img", "src", RenderFormat.FLOW.fileName(e.fileBase()), "alt", "Flow graph of " + XmlText.oneLine(v.journey().displayTitle()));
            x.end().nl();
        }
        steps(x, v);
        opportunities(x, v);
        x.element("h2", "Findings");
        if (e.diagnostics().isEmpty()) x.element("p", "No findings.");
        else findings(x, e.diagnostics());
        x.end().nl();
        live.writeScript(x);
        x.end().end();
        x.finish();
        return x.bytes();
    }

    private static void steps(Xml x, JourneyView v) {
        x.element("h2", "Steps");
        x.start("table", "class", "details").nl();
        x.start("thead").start("tr");
        for (String h : List.of("Stage", "Step", "Lane", "Channel", "Owner", "Emotion", "Pains")) x.element("th", h, "scope", "col");
        x.end().end().nl();
        x.start("tbody").nl();
        for (Stage stage : v.journey().stages()) {
            for (Step s : stage.steps()) {
                x.start("tr");
                x.element("td", stage.displayTitle());
                x.start("td").element("span", s.displayTitle());
                s.expands().filter(t -> v.workspace().journeys().containsKey(t.value())).ifPresent(t -> x.start("div", "class", "expands")
                        .text("Detailed in ").element("a", v.workspace().journeys().get(t.value()).displayTitle(), "href", RenderFormat.HTML.fileName(FileNames.base(t.value()))).end());
                x.element("div", s.id(), "class", "id").end();
                x.element("td", s.laneName(), "class", "word");
                x.element("td", s.channel().orElse(""), "class", "word");
                x.element("td", v.owner(s).map(o -> o.value() + (o.inherited(Owner.Source.STEP) ? " (from " + o.source().label() + ")" : "")).orElse("none"), "class", "word");
                x.element("td", s.emotion().map(em -> ScoreText.signed(em.score()) + em.label().map(l -> " " + l).orElse("")
                        + em.target().map(t -> " → " + ScoreText.signed(t)).orElse("")).orElse(""));
                x.start("td");
                for (Pain p : s.pains()) {
                    String sev = p.severityName().orElse(PainSeverity.MEDIUM.word());
                    x.start("div", "class", "pain").element("span", sev, "class", "severity severity-" + sev.replaceAll("[^a-z]", ""))
                            .text(" " + p.text());
                    // the same "addressed by" as the map and `pain-without-opportunity`: the binder's
                    List<Opportunity> by = v.addressedBy(p, s);
                    if (!by.isEmpty()) x.element("span", " · addressed by " + by.stream().map(v::tag).collect(Collectors.joining(", ")), "class", "addressed");
                    x.end();
                }
                x.end();
                x.end().nl();
            }
        }
        x.end().end().nl();
    }

    private static void opportunities(Xml x, JourneyView v) {
        if (v.journey().opportunities().isEmpty()) return;
        x.element("h2", "Opportunities");
        x.start("table", "class", "details").nl();
        x.start("thead").start("tr");
        for (String h : List.of("", "Opportunity", "Status", "Owner", "Addresses", "Due")) x.element("th", h, "scope", "col");
        x.end().end().nl();
        x.start("tbody").nl();
        for (Opportunity o : v.journey().opportunities()) {
            x.start("tr");
            x.element("td", v.tag(o), "class", "tag");
            x.element("td", o.displayTitle());
            x.element("td", o.status().map(s -> s.value()).orElse(""), "class", "word");
            x.element("td", o.owner().map(w -> w.value()).orElse("none"), "class", "word");
            x.element("td", o.addresses().stream().map(v::describe).collect(Collectors.joining("; ")));
            x.element("td", o.due().map(d -> d.text()).orElse(""), "class", "date");
            x.end().nl();
        }
        x.end().end().nl();
    }

    private static void findings(Xml x, List<Diagnostic> diagnostics) {
        x.start("ul", "class", "findings").nl();
        for (Diagnostic d : diagnostics) {
            x.start("li", "class", d.severity().label());
            x.element("code", d.span().file() + ":" + d.span().line() + ":" + d.span().column());
            x.text(" " + d.severity().label() + "[" + d.rule() + "] " + d.message());
            x.end().nl();
        }
        x.end().nl();
    }

    /** A page for a journey that has never rendered in this session: its errors only, never a blank page. */
    public static byte[] problems(String title, Live live) {
        Xml x = new Xml();
        head(x, XmlText.oneLine(title) + " · journey map", live);
        x.start("body").nl();
        x.start("nav").element("a", "← All journeys", "href", "index.html").end().nl();
        x.start("header").element("h1", title).end().nl();
        live.writeProblems(x);
        live.writeScript(x);
        x.end().end();
        x.finish();
        return x.bytes();
    }

    /** The head of a static page: its title, stylesheet and strict Content-Security-Policy. */
    public static void head(Xml x, String title) {
        head(x, title, Live.NONE);
    }

    private static void head(Xml x, String title, Live live) {
        x.doctype("<!DOCTYPE html>");
        x.nl();
        x.start("html", "lang", "en").nl();
        x.start("head").nl();
        x.empty("meta", "charset", "utf-8").nl();
        x.empty("meta", "http-equiv", "Content-Security-Policy", "content", live.csp()).nl();
        x.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
        x.element("title", title).nl();
        x.empty("link", "rel", "stylesheet", "href", CSS).nl();
        x.end().nl();
    }
}
