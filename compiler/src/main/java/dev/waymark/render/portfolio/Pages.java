package dev.waymark.render.portfolio;

import dev.waymark.render.HtmlSite;
import dev.waymark.render.Xml;

import java.util.List;

/**
 * What every portfolio page shares: the file names, the navigation between the pages and the
 * page frame (the site's head: its stylesheet and strict Content-Security-Policy, no script).
 */
final class Pages {
    /** File names hold a dot, which no journey id can, so they never clash with a journey's page. */
    static final String TOUCHPOINTS = "portfolio.touchpoints.html";
    static final String PAINS = "portfolio.pains.html";
    static final String OPPORTUNITIES = "portfolio.opportunities.html";
    static final String OWNERS = "portfolio.owners.html";
    static final String METRICS = "portfolio.metrics.html";

    record Link(String file, String title) {
    }

    static final List<Link> ALL = List.of(new Link(TOUCHPOINTS, "Touchpoint inventory"), new Link(PAINS, "Pain heatmap"),
            new Link(OPPORTUNITIES, "Opportunity matrix and backlog"), new Link(OWNERS, "Owners' queue"), new Link(METRICS, "Metrics"));

    private Pages() {
    }

    /** The portfolio's navigation bar; `current` is marked and not linked. */
    static void nav(Xml x, String current) {
        x.start("nav", "class", "portfolio", "aria-label", "Portfolio");
        if (current.equals("index.html")) x.element("span", "All journeys", "class", "current");
        else x.element("a", "All journeys", "href", "index.html");
        for (Link l : ALL) {
            x.text(" ");
            if (l.file().equals(current)) x.element("span", l.title(), "class", "current");
            else x.element("a", l.title(), "href", l.file());
        }
        x.end().nl();
    }

    static Xml open(String file, String title, String lead) {
        Xml x = new Xml();
        HtmlSite.head(x, title + " · portfolio");
        x.start("body", "class", "portfolio-page").nl();
        nav(x, file);
        x.start("header").element("h1", title).element("p", lead, "class", "meta").end().nl();
        x.start("main").nl();
        return x;
    }

    static byte[] close(Xml x) {
        x.end().nl();
        x.end().end();
        x.finish();
        return x.bytes();
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** -1.5 as "-1.5", 2 as "+2", 0 as "0". */
    static String signed(double v) {
        return Sparkline.signed(v);
    }
}
