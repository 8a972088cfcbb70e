package dev.waymark.render.portfolio;

import dev.waymark.render.Palette;
import dev.waymark.render.TextStyle;
import dev.waymark.render.slide.Page;

import java.util.Locale;

/**
 * The owners' queue as a picture: per owner (by handle), a line with what it owns, then one
 * line per item that needs it now, in queue order, tagged with the reason in words (stale
 * review, missing review, overdue opportunity, review due soon) and its date.
 */
final class OwnersSvg {
    private static final double LINE = 30, TAG = 190, DATE = 200, INDENT = 16;
    private static final TextStyle TAG_TEXT = new TextStyle(11, true, false, Palette.INK);

    private OwnersSvg() {
    }

    static byte[] render(Portfolio p, Page page) {
        long waiting = p.owners().stream().mapToLong(o -> o.queue().size()).sum();
        ViewFrame f = ViewFrame.open(page, "Owners' queue", Pages.plural(p.owners().size(), "owner", "owners") + ", "
                + Pages.plural(waiting, "item needs", "items need") + " attention as of " + p.asOf()
                + ": stale and missing reviews, overdue opportunities, then reviews falling due soon");
        double x0 = ViewFrame.PAD, right = ViewFrame.WIDTH - ViewFrame.PAD;
        double y = ViewFrame.TOP;
        if (p.owners().isEmpty()) return f.empty("No journey, stage, step or opportunity names an owner yet.");
        int lines = 0;
        for (Queue.Owner o : p.owners()) lines += 1 + Math.max(1, o.queue().size());
        int budget = f.rowsThatFit(y, LINE, lines);
        int used = 0, complete = 0;
        long itemsShown = 0;
        for (Queue.Owner o : p.owners()) {
            if (used + 2 > budget) break;
            used++;
            f.draw.line(x0, y, right, y, Palette.RULE, 1, null);
            String owns = "owns " + Pages.plural(o.journeys().size(), "journey", "journeys") + ", " + Pages.plural(o.stages().size(), "stage", "stages")
                    + ", " + Pages.plural(o.steps().size(), "step", "steps") + ", " + Pages.plural(o.opportunities().size(), "opportunity", "opportunities");
            double ownsWidth = Math.min(ViewFrame.MUTED.width(owns), (right - x0) / 2);
            String name = o.handle() + o.team().map(t -> " · " + t).orElse("");
            f.draw.text(ViewFrame.fit(name, right - x0 - ownsWidth - 24, ViewFrame.BOLD), x0, y + 6, ViewFrame.BOLD, null);
            f.draw.text(ViewFrame.fit(owns, ownsWidth, ViewFrame.MUTED), right, y + 6, ViewFrame.MUTED, "end");
            y += LINE;
            if (o.queue().isEmpty()) {
                f.draw.text("Nothing waits: every review is current and no opportunity is overdue.", x0 + INDENT, y + 5, ViewFrame.MUTED.asItalic(), null);
                y += LINE;
                used++;
                complete++;
                continue;
            }
            int shown = 0;
            for (Queue.Attention a : o.queue()) {
                if (used >= budget) break;
                item(f, p, a, x0 + INDENT, right, y);
                y += LINE;
                used++;
                shown++;
            }
            itemsShown += shown;
            if (shown == o.queue().size()) complete++;
        }
        if (complete < p.owners().size()) {
            f.more("Not shown for want of room: " + Pages.plural(waiting - itemsShown, "item", "items") + " of "
                    + Pages.plural(p.owners().size() - complete, "owner", "owners")
                    + " (all of them are in portfolio.json and on portfolio.owners.html)");
        }
        return f.close();
    }

    private static void item(ViewFrame f, Portfolio p, Queue.Attention a, double x, double right, double y) {
        String[] colours = colours(a.reason());
        String word = a.reason().label().replace('-', ' ').toUpperCase(Locale.ROOT);
        f.draw.rect(x, y + 4, TAG - 12, 22, 4, colours[0], colours[1]);
        f.draw.text(ViewFrame.fit(word, TAG - 24, TAG_TEXT), x + 6, y + 5 + (22 - TAG_TEXT.lineHeight()) / 2, TAG_TEXT, null);
        String title = a.title() + a.opportunity().map(id -> " (" + p.title(a.journey()) + ")").orElse("");
        f.draw.text(ViewFrame.fit(title, right - x - TAG - DATE - 16, ViewFrame.BODY), x + TAG, y + 5, ViewFrame.BODY, null);
        String date = a.date().map(d -> (a.reason() == Queue.Reason.OVERDUE ? "was due " : "review due ") + d).orElse(a.reason() == Queue.Reason.UNKNOWN_REVIEW ? "review unknown" : "never reviewed");
        f.draw.text(date, right, y + 5, ViewFrame.MUTED, "end");
    }

    /** Fill and outline of a reason's tag, as the page and the review badges colour them. */
    private static String[] colours(Queue.Reason r) {
        return switch (r) {
            case STALE_REVIEW -> new String[] {Palette.STALE_TINT, Palette.VERMILLION};
            case MISSING_REVIEW -> new String[] {Palette.LIGHT_GREY, Palette.GREY};
            case UNKNOWN_REVIEW -> new String[] {Palette.LIGHT_GREY, Palette.GREY};
            case OVERDUE -> new String[] {Palette.VERMILLION_TINT, Palette.VERMILLION};
            case REVIEW_DUE_SOON -> new String[] {Palette.DUE_SOON_TINT, Palette.DUE_SOON};
        };
    }
}
