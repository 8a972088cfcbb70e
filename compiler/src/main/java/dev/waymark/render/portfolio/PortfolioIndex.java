package dev.waymark.render.portfolio;

import dev.waymark.render.HtmlSite;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.Xml;

/**
 * The portfolio part of `index.html`: the navigation to the portfolio pages and every rendered
 * journey as a card, grouped by the hierarchy: a thumbnail (the journey's own SVG file, scaled
 * by the browser, not a second drawing), an emotion sparkline, the review status and the owner.
 */
public final class PortfolioIndex {
    private PortfolioIndex() {
    }

    /** `thumbnails`: whether the journeys' SVG files are written beside the index. */
    public static void write(Xml x, Portfolio p, boolean thumbnails) {
        Pages.nav(x, "index.html");
        if (p.hierarchy().isEmpty()) return;
        x.element("h2", "Journeys by hierarchy");
        x.start("ul", "class", "tree").nl();
        for (Tree.Node n : p.hierarchy()) {
            var v = n.view();
            x.start("li", "class", "journey-card depth-" + Math.min(n.depth(), 5));
            if (thumbnails) {
                x.start("a", "class", "thumb", "href", p.file(RenderFormat.HTML, v.id()));
                x.empty("img", "src", p.file(RenderFormat.SVG, v.id()), "alt", "Map of " + v.journey().displayTitle(), "loading", "lazy");
                x.end();
            }
            x.start("div", "class", "card-body");
            x.start("div", "class", "card-title").element("a", v.journey().displayTitle(), "href", p.file(RenderFormat.HTML, v.id()))
                    .element("span", " " + v.id(), "class", "id").end();
            x.start("div", "class", "card-meta");
            HtmlSite.badge(x, v.review());
            x.text(" " + v.journey().owner().map(o -> o.value()).orElse("no owner") + " · "
                    + Pages.plural(v.journey().steps().count(), "step", "steps") + " · level " + n.level());
            x.end();
            Sparkline.write(x, v);
            if (!n.parents().isEmpty()) {
                x.start("div", "class", "card-parents").text("Details ");
                boolean first = true;
                for (Tree.Link l : n.parents()) {
                    if (!first) x.text(", ");
                    x.element("a", l.stepTitle(), "href", p.file(RenderFormat.HTML, l.journey()));
                    x.text(" in " + p.title(l.journey()));
                    first = false;
                }
                x.end();
            }
            x.end();
            x.end().nl();
        }
        x.end().nl();
        x.element("h2", "All journeys");
    }
}
