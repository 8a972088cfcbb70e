package dev.waymark.render.portfolio;

import dev.waymark.model.PainSeverity;
import dev.waymark.render.Palette;
import dev.waymark.render.TextStyle;
import dev.waymark.render.slide.Page;

import java.util.Locale;

/**
 * The pain heatmap as a picture (for PNG and PDF), drawn for the page like the other views: a
 * row per journey (hierarchy order) with its pain count, a cell per stage shaded by its worst
 * severity and saying it in words. Cells share the width left of the journey titles, up to
 * 150 units each; a journey with more stages than fit at 80 units shows the first ones and how
 * many more it has, and rows that do not fit the page are counted in the note at the bottom.
 */
final class HeatmapSvg {
    private static final double LABEL = 300, MAX_CELL = 150, MIN_CELL = 80, CELL_H = 46, GAP = 6, ROW = CELL_H + GAP;
    private static final TextStyle CELL_TITLE = new TextStyle(12, true, false, Palette.INK);
    private static final TextStyle CELL_TEXT = new TextStyle(12, false, false, Palette.INK);

    private HeatmapSvg() {
    }

    static byte[] render(Portfolio p, Page page) {
        int pains = p.pains().stream().mapToInt(Heatmap.Row::count).sum();
        ViewFrame f = ViewFrame.open(page, "Pain heatmap", Pages.plural(pains, "pain", "pains") + " across "
                + Pages.plural(p.pains().size(), "journey", "journeys") + ", by stage: the worst severity and how many (a pain without severity counts as medium)");
        if (p.pains().isEmpty()) return f.empty("No journey is rendered, so there are no pains to show.");
        double x0 = ViewFrame.PAD, xCells = x0 + LABEL + ViewFrame.COLUMN_GAP, right = ViewFrame.WIDTH - ViewFrame.PAD;
        int columns = Math.max(1, p.pains().stream().mapToInt(r -> r.cells().size()).max().orElse(1));
        double room = right - xCells;
        double cell = Math.min(MAX_CELL, room / columns - GAP);
        int shownColumns = columns;
        if (cell < MIN_CELL) {
            // one place is kept for "+N more stages"
            shownColumns = Math.max(1, (int) Math.floor(room / (MIN_CELL + GAP)) - 1);
            cell = MIN_CELL;
        }
        f.columns(java.util.List.of("Journey · pains", "Stages: worst severity and pains"), LABEL);
        double y = ViewFrame.ROWS;
        int shown = f.rowsThatFit(y, ROW, p.pains().size());
        for (Heatmap.Row r : p.pains().subList(0, shown)) {
            double mid = y + CELL_H / 2;
            f.twoLines(r.view().journey().displayTitle(), ViewFrame.BOLD,
                    r.count() == 0 ? "no pains" : Pages.plural(r.count(), "pain", "pains") + " · worst " + r.worst().get().word(), ViewFrame.MUTED, x0, mid, LABEL);
            double cx = xCells;
            int drawn = Math.min(shownColumns, r.cells().size());
            for (Heatmap.Cell c : r.cells().subList(0, drawn)) {
                cell(f, c, cx, y, cell);
                cx += cell + GAP;
            }
            if (drawn < r.cells().size()) {
                f.draw.text(ViewFrame.fit("+" + (r.cells().size() - drawn) + " more", right - cx, CELL_TEXT), cx, mid - CELL_TEXT.lineHeight() / 2,
                        CELL_TEXT.withFill(Palette.MUTED), null);
            }
            y += ROW;
        }
        if (shown < p.pains().size()) {
            f.more("… and " + Pages.plural(p.pains().size() - shown, "more journey", "more journeys")
                    + " (all of them are in portfolio.json and on portfolio.pains.html)");
        }
        return f.close();
    }

    private static void cell(ViewFrame f, Heatmap.Cell c, double x, double y, double w) {
        String fill = c.worst().map(Palette::severityTint).orElse(Palette.WHITE);
        String stroke = c.worst().map(Palette::severity).orElse(Palette.RULE);
        boolean critical = c.worst().filter(s -> s == PainSeverity.CRITICAL).isPresent();
        f.draw.rect(x, y, w, CELL_H, 4, fill, stroke, "stroke-width", critical ? "2" : "1");
        double inner = w - 14;
        f.draw.text(ViewFrame.fit(c.stageTitle(), inner, CELL_TITLE), x + 7, y + 5, CELL_TITLE, null);
        String count = "no pains";
        if (c.count() > 0) {
            String worst = c.worst().get().word().toUpperCase(Locale.ROOT);
            count = Pages.plural(c.count(), "pain", "pains") + " · " + worst;
            if (CELL_TEXT.width(count) > inner) count = c.count() + " · " + worst;
        }
        f.draw.text(ViewFrame.fit(count, inner, CELL_TEXT), x + 7, y + 5 + CELL_TITLE.lineHeight() + 2,
                c.count() == 0 ? CELL_TEXT.withFill(Palette.MUTED) : CELL_TEXT, null);
    }
}
