package dev.waymark.render.portfolio;

import dev.waymark.render.JourneyView;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.Xml;

/**
 * The owners' queue: per owner, what needs them now (stale and missing reviews, overdue
 * opportunities, reviews falling due soon) and then everything they own.
 */
final class OwnerPage {
    private OwnerPage() {
    }

    static byte[] render(Portfolio p) {
        long waiting = p.owners().stream().mapToLong(o -> o.queue().size()).sum();
        Xml x = Pages.open(Pages.OWNERS, "Owners' queue", Pages.plural(p.owners().size(), "owner", "owners") + ", "
                + Pages.plural(waiting, "item needs", "items need") + " attention as of " + p.asOf() + ".");
        x.start("ul", "class", "plain owner-index");
        for (Queue.Owner o : p.owners()) {
            x.start("li").element("a", o.handle(), "href", "#" + anchor(o)).text(o.queue().isEmpty() ? "" : " (" + o.queue().size() + ")").end();
        }
        x.end().nl();
        for (Queue.Owner o : p.owners()) {
            x.start("section", "class", "owner", "id", anchor(o));
            x.element("h2", o.handle() + o.team().map(t -> " · " + t).orElse(""));
            if (o.queue().isEmpty()) {
                x.element("p", "Nothing waits: every review is current and no opportunity is overdue.", "class", "muted");
            } else {
                x.start("ol", "class", "queue");
                for (Queue.Attention a : o.queue()) {
                    x.start("li", "class", "attention " + a.reason().label());
                    x.element("span", a.reason().label().replace('-', ' '), "class", "reason");
                    x.text(" ");
                    x.element("a", a.title(), "href", a.opportunity().isPresent()
                            ? Pages.OPPORTUNITIES + "#o-" + a.journey() + "." + a.opportunity().get() : p.file(RenderFormat.HTML, a.journey()));
                    x.text(a.opportunity().map(id -> " (" + p.title(a.journey()) + ")").orElse("")
                            + a.date().map(d -> (a.reason() == Queue.Reason.OVERDUE ? " · was due " : " · review due ") + d).orElse(""));
                    x.end();
                }
                x.end();
            }
            x.start("p", "class", "owns").text("Owns " + Pages.plural(o.journeys().size(), "journey", "journeys") + ", "
                    + Pages.plural(o.stages().size(), "stage", "stages") + ", " + Pages.plural(o.steps().size(), "step", "steps") + " and "
                    + Pages.plural(o.opportunities().size(), "opportunity", "opportunities") + ".").end();
            if (!o.journeys().isEmpty()) {
                x.start("p").text("Journeys: ");
                boolean first = true;
                for (JourneyView v : o.journeys()) {
                    if (!first) x.text(", ");
                    x.element("a", v.journey().displayTitle(), "href", p.file(RenderFormat.HTML, v.id()));
                    first = false;
                }
                x.end();
            }
            list(x, Pages.plural(o.stages().size(), "stage", "stages"), o.stages().stream().map(s -> p.title(s.journey()) + " · " + s.title()).toList());
            list(x, Pages.plural(o.steps().size(), "step", "steps"), o.steps().stream().map(s -> p.title(s.journey()) + " · " + s.title()).toList());
            if (!o.opportunities().isEmpty()) {
                x.start("details").element("summary", Pages.plural(o.opportunities().size(), "opportunity", "opportunities")).start("ul", "class", "plain");
                for (Backlog.Item i : o.opportunities()) {
                    x.element("li", (i.rank() > 0 ? "#" + i.rank() + " " : "") + i.opportunity().displayTitle() + " (" + p.title(i.journey()) + ")"
                            + i.status().map(s -> " · " + s).orElse(""));
                }
                x.end().end();
            }
            x.end().nl();
        }
        return Pages.close(x);
    }

    /** At most LIST items on the page; all of them are in portfolio.json and the CSV files. */
    static final int LIST = 200;

    private static void list(Xml x, String summary, java.util.List<String> items) {
        if (items.isEmpty()) return;
        x.start("details").element("summary", summary).start("ul", "class", "plain");
        for (String item : items.subList(0, Math.min(LIST, items.size()))) x.element("li", item);
        if (items.size() > LIST) x.element("li", "… and " + (items.size() - LIST) + " more (all of them are in portfolio.json and steps.csv)", "class", "muted");
        x.end().end();
    }

    static String anchor(Queue.Owner o) {
        return "owner-" + o.handle().substring(1).replace('/', '.');
    }
}
