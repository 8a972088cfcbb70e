package dev.waymark.render.portfolio;

import dev.waymark.render.Palette;
import dev.waymark.render.TextStyle;
import dev.waymark.render.slide.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * The touchpoint inventory as a picture: a row per channel (most steps first, as in the data)
 * with a bar of its step count, how customers feel there (the mean score on a chip in the
 * emotion colour, with the range and how many steps are rated) and the journeys that use it.
 */
final class TouchpointsSvg {
    private static final double ROW = 46, NAME = 190, BAR = 220, FEEL = 330;

    private TouchpointsSvg() {
    }

    static byte[] render(Portfolio p, Page page) {
        ViewFrame f = ViewFrame.open(page, "Touchpoint inventory", Pages.plural(p.touchpoints().size(), "channel", "channels")
                + " across " + Pages.plural(p.hierarchy().size(), "journey", "journeys") + ": how many steps use each, and how customers feel there");
        double[] col = f.columns(List.of("Channel", "Steps", "How customers feel", "Journeys (steps)"), NAME, BAR, FEEL);
        double x0 = col[0], xBar = col[1], xFeel = col[2], xWhere = col[3], whereWidth = col[4] - col[3];
        List<Touchpoints.Channel> channels = p.touchpoints();
        if (channels.isEmpty()) return f.empty("No step of any journey names a channel or a step yet.");
        double y = ViewFrame.ROWS;
        int shown = f.rowsThatFit(y, ROW, channels.size());
        long most = channels.stream().mapToLong(c -> c.total().steps()).max().orElse(1);
        for (Touchpoints.Channel c : channels.subList(0, shown)) {
            double mid = y + ROW / 2;
            f.draw.line(x0, y + ROW, ViewFrame.WIDTH - ViewFrame.PAD, y + ROW, Palette.RULE, 1, null);
            String name = c.name().orElse("no channel");
            f.draw.text(ViewFrame.fit(name, NAME, ViewFrame.BOLD), x0, mid - 9, c.name().isPresent() ? ViewFrame.BOLD : ViewFrame.BOLD.asItalic(), null);
            String count = Long.toString(c.total().steps());
            double countWidth = ViewFrame.BODY.width("00000") + 8;
            double barWidth = Math.max(2, (BAR - countWidth) * c.total().steps() / most);
            f.draw.rect(xBar, mid - 8, barWidth, 16, 2, Palette.SKY, null);
            f.draw.text(count, xBar + barWidth + 6, mid - 9, ViewFrame.BODY, null);
            feeling(f, c.total(), xFeel, mid);
            f.block(where(p, c), xWhere, mid, whereWidth, ViewFrame.BODY, 2);
            y += ROW;
        }
        if (shown < channels.size()) {
            f.more("… and " + Pages.plural(channels.size() - shown, "more channel", "more channels")
                    + " (all of them are in portfolio.json and on portfolio.touchpoints.html)");
        }
        return f.close();
    }

    /** A chip with the mean score in the emotion colour, then the range and how many are rated. */
    private static void feeling(ViewFrame f, Emotions e, double x, double mid) {
        if (e.mean().isEmpty()) {
            f.draw.text("no emotion rated", x, mid - 9, ViewFrame.MUTED.asItalic(), null);
            return;
        }
        double mean = e.mean().get();
        String score = Pages.signed(mean);
        TextStyle chip = ViewFrame.BOLD.withFill(Palette.onEmotion(mean));
        double w = chip.width(score) + 16;
        f.draw.rect(x, mid - 11, w, 22, 11, Palette.emotion(mean), Palette.CARD_STROKE);
        f.draw.text(score, x + w / 2, mid - 9, chip, "middle");
        String rest = "from " + Pages.signed(e.min().get()) + " to " + Pages.signed(e.max().get()) + ", " + e.rated() + " of "
                + Pages.plural(e.steps(), "step", "steps") + " rated";
        f.draw.text(ViewFrame.fit(rest, FEEL - w - 8, ViewFrame.MUTED), x + w + 8, mid - 9, ViewFrame.MUTED, null);
    }

    private static String where(Portfolio p, Touchpoints.Channel c) {
        List<String> parts = new ArrayList<>();
        for (Touchpoints.Journey j : c.journeys()) parts.add(p.title(j.journey()) + " (" + j.total().steps() + ")");
        return String.join(", ", parts);
    }
}
