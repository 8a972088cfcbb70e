package dev.waymark.render.portfolio;

import dev.waymark.render.RenderFormat;
import dev.waymark.render.Xml;

import java.util.List;
import java.util.stream.Collectors;

/** The opportunity matrix (value against effort) and the one ranked backlog across all journeys. */
final class OpportunityPage {
    private OpportunityPage() {
    }

    static byte[] render(Portfolio p) {
        long plotted = p.backlog().stream().filter(i -> i.priority().score().isPresent()).count();
        Xml x = Pages.open(Pages.OPPORTUNITIES, "Opportunity matrix and backlog", Pages.plural(p.backlog().size(), "open opportunity", "open opportunities")
                + ", ranked by score: value per week of effort (value × 5 ÷ effort in working days). "
                + (p.closed().isEmpty() ? "" : " " + Pages.plural(p.closed().size(), "done or dropped opportunity is", "done or dropped opportunities are")
                + " left out."));
        x.element("h2", "Matrix");
        x.start("figure", "class", "matrix");
        MatrixSvg.write(x, p);
        x.element("figcaption", plotted + " of " + p.backlog().size() + " open opportunities have a value and an effort and are plotted; "
                + "labels are backlog ranks.");
        x.end().nl();
        x.element("h2", "Backlog");
        if (p.backlog().isEmpty()) {
            x.element("p", "No open opportunities.");
            return Pages.close(x);
        }
        x.start("div", "class", "table-scroll");
        x.start("table", "class", "portfolio backlog").nl();
        x.start("thead").start("tr");
        for (String h : List.of("Rank", "Opportunity", "Score", "Value", "Effort", "Status", "Owner", "Due", "Addresses")) {
            x.element("th", h, "scope", "col");
        }
        x.end().end().nl();
        x.start("tbody").nl();
        for (Backlog.Item i : p.backlog()) {
            x.start("tr", "id", "o-" + i.journey() + "." + i.id());
            x.element("td", "#" + i.rank(), "class", "num");
            x.start("td").element("span", i.opportunity().displayTitle()).start("div", "class", "id")
                    .element("a", p.title(i.journey()), "href", p.file(RenderFormat.HTML, i.journey())).text(" · " + i.id()).end().end();
            x.element("td", i.priority().score().map(s -> Xml.num(Emotions.round(s))).orElse("—"), "class", "num");
            x.element("td", i.priority().value().map(v -> Xml.num(v) + "%").orElse("—"), "class", "num");
            x.element("td", i.opportunity().effort().map(e -> e.value().toString()).orElse("—"), "class", "num");
            x.element("td", i.status().orElse("—"), "class", "word");
            x.element("td", i.owner().orElse("none"), "class", i.owner().isPresent() ? "word" : "missing");
            x.element("td", i.opportunity().due().map(d -> d.text()).orElse("—") + (i.overdue() ? " (overdue)" : ""),
                    "class", i.overdue() ? "date overdue" : "date");
            x.element("td", i.addresses().stream().map(Backlog.Address::text).collect(Collectors.joining("; ")));
            x.end().nl();
        }
        x.end().end().end().nl();
        return Pages.close(x);
    }
}
