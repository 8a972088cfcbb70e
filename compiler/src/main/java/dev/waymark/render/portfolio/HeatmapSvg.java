package dev.waymark.render.portfolio;

import dev.waymark.model.PainSeverity;
import dev.waymark.render.Palette;
import dev.waymark.render.Xml;

import java.util.Locale;

/**
 * The pain heatmap as a picture (for PNG and PDF): a row per journey, a cell per stage shaded
 * by its worst severity and saying it in words, titles shortened with "…" to fit their box.
 */
final class HeatmapSvg {
    static final double PAD = 16, LABEL = 280, CELL_W = 150, CELL_H = 44, GAP = 6, TITLE = 40, FONT = 12;

    private HeatmapSvg() {
    }

    static byte[] render(Portfolio p) {
        int columns = Math.max(1, p.pains().stream().mapToInt(r -> r.cells().size()).max().orElse(1));
        double width = PAD * 2 + LABEL + columns * (CELL_W + GAP);
        double height = PAD * 2 + TITLE + Math.max(1, p.pains().size()) * (CELL_H + GAP);
        Xml x = new Xml();
        x.declaration();
        x.start("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Xml.num(width), "height", Xml.num(height),
                "viewBox", "0 0 " + Xml.num(width) + " " + Xml.num(height), "font-family", "DejaVu Sans, Verdana, sans-serif",
                "font-size", Xml.num(FONT), "role", "img", "aria-label", "Pain heatmap");
        x.empty("rect", "x", "0", "y", "0", "width", Xml.num(width), "height", Xml.num(height), "fill", "#ffffff");
        x.element("text", "Pain heatmap: worst severity and number of pains per stage", "x", Xml.num(PAD), "y", Xml.num(PAD + 16),
                "font-size", "16", "font-weight", "bold", "fill", Palette.INK);
        double y = PAD + TITLE;
        for (Heatmap.Row r : p.pains()) {
            String title = fit(r.view().journey().displayTitle(), LABEL - 12, true);
            x.element("text", title, "x", Xml.num(PAD), "y", Xml.num(y + CELL_H / 2 + FONT * 0.35), "font-weight", "bold", "fill", Palette.INK);
            double cx = PAD + LABEL;
            for (Heatmap.Cell c : r.cells()) {
                String fill = c.worst().map(Palette::severityTint).orElse("#ffffff");
                String stroke = c.worst().map(Palette::severity).orElse(Palette.RULE);
                x.empty("rect", "x", Xml.num(cx), "y", Xml.num(y), "width", Xml.num(CELL_W), "height", Xml.num(CELL_H), "rx", "4",
                        "fill", fill, "stroke", stroke, "stroke-width", c.worst().filter(w -> w == PainSeverity.CRITICAL).isPresent() ? "2" : "1");
                x.element("text", fit(c.stageTitle(), CELL_W - 16, true), "x", Xml.num(cx + 8), "y", Xml.num(y + 18), "font-weight", "bold", "fill", Palette.INK);
                String count = c.count() == 0 ? "no pains" : Pages.plural(c.count(), "pain", "pains") + " · " + c.worst().get().word().toUpperCase(Locale.ROOT);
                x.element("text", count, "x", Xml.num(cx + 8), "y", Xml.num(y + 35), "fill", c.count() == 0 ? Palette.MUTED : Palette.INK);
                cx += CELL_W + GAP;
            }
            y += CELL_H + GAP;
        }
        x.end();
        x.finish();
        return x.bytes();
    }

    static String fit(String text, double width, boolean bold) {
        return ViewFrame.fit(text, width, FONT, bold);
    }
}
