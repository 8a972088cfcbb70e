package dev.waymark.render.portfolio;

import dev.waymark.model.PainSeverity;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.Xml;

import java.util.Locale;

/**
 * The pain heatmap page: one row per journey, one cell per stage, shaded by the worst severity
 * (and saying it in words: colour is never the only cue), each cell linking to its pains,
 * which are listed below by journey and stage.
 */
final class PainPage {
    private PainPage() {
    }

    static String anchor(String journey, String stage) {
        return "pains-" + journey + "." + stage;
    }

    static byte[] render(Portfolio p) {
        int total = p.pains().stream().mapToInt(Heatmap.Row::count).sum();
        Xml x = Pages.open(Pages.PAINS, "Pain heatmap", Pages.plural(total, "pain", "pains") + " across "
                + Pages.plural(p.pains().size(), "journey", "journeys") + ", by stage: the worst severity and how many. A pain without severity counts as medium.");
        x.start("table", "class", "portfolio heatmap").nl();
        x.start("thead").start("tr");
        for (String h : new String[] {"Journey", "Pains", "Worst", "Stages"}) x.element("th", h, "scope", "col");
        x.end().end().nl();
        x.start("tbody").nl();
        for (Heatmap.Row r : p.pains()) {
            x.start("tr");
            x.start("th", "scope", "row").element("a", r.view().journey().displayTitle(), "href", p.file(RenderFormat.HTML, r.view().id()))
                    .element("div", r.view().id(), "class", "id").end();
            x.element("td", Integer.toString(r.count()), "class", "num");
            x.start("td");
            severity(x, r.worst().orElse(null));
            x.end();
            x.start("td").start("ul", "class", "heat-row");
            for (Heatmap.Cell c : r.cells()) {
                x.start("li");
                String text = c.count() == 0 ? "no pains" : Pages.plural(c.count(), "pain", "pains") + " · " + c.worst().get().word().toUpperCase(Locale.ROOT);
                if (c.count() > 0) {
                    x.start("a", "class", PortfolioPages.severityClass(c.worst()), "href", "#" + anchor(r.view().id(), c.stage()));
                } else {
                    x.start("span", "class", PortfolioPages.severityClass(c.worst()));
                }
                x.element("span", c.stageTitle(), "class", "stage").element("span", text, "class", "count");
                x.end();
                x.end();
            }
            x.end().end();
            x.end().nl();
        }
        x.end().end().nl();

        x.element("h2", "The pains");
        for (Heatmap.Row r : p.pains()) {
            if (r.count() == 0) continue;
            x.element("h3", r.view().journey().displayTitle());
            for (Heatmap.Cell c : r.cells()) {
                if (c.count() == 0) continue;
                x.element("h4", c.stageTitle(), "id", anchor(r.view().id(), c.stage()));
                x.start("ul", "class", "pains").nl();
                for (Heatmap.PainRef pain : c.pains()) {
                    x.start("li");
                    severity(x, pain.severity());
                    x.text(" " + pain.text() + " — step ");
                    x.element("a", pain.stepTitle(), "href", p.file(RenderFormat.HTML, pain.journey()));
                    if (!pain.addressedBy().isEmpty()) x.text(" · addressed by " + String.join(", ", pain.addressedBy()));
                    else x.element("span", " · no opportunity addresses it", "class", "muted");
                    x.end().nl();
                }
                x.end().nl();
            }
        }
        return Pages.close(x);
    }

    static void severity(Xml x, PainSeverity severity) {
        if (severity == null) {
            x.element("span", "none", "class", "muted");
            return;
        }
        x.element("span", severity.word(), "class", "severity severity-" + severity.word());
    }
}
