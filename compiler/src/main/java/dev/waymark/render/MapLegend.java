package dev.waymark.render;

import dev.waymark.model.Emotion;
import dev.waymark.model.Journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static dev.waymark.render.MapLayout.MARGIN;

/** The foot of the map: a legend of the marks this map uses, and where and when it was made. */
final class MapLegend {
    private static final TextStyle STYLE = MapStyles.LEGEND;

    /** A mark the legend explains, the sample it draws and when a map uses it; in legend order. */
    enum Mark {
        NOW("Emotion now (score in the marker)", j -> j.steps().anyMatch(s -> s.emotion().isPresent())) {
            @Override
            void sample(SvgDraw g, double x, double cy) {
                g.line(x, cy, x + 26, cy, Palette.CURVE, 2.5, null);
                g.circle(x + 13, cy, 7, Palette.SKY, Palette.WHITE, 1.5);
            }
        },
        DESIRED("Desired emotion", j -> j.steps().anyMatch(s -> s.emotion().flatMap(Emotion::target).isPresent())) {
            @Override
            void sample(SvgDraw g, double x, double cy) {
                g.line(x, cy, x + 26, cy, Palette.GREEN, 2, "6 5");
                g.diamond(x + 13, cy, 5, Palette.WHITE, Palette.GREEN, 2);
            }
        },
        SEVERITY("Pain severity: 1 bar low … 4 bars critical", j -> j.steps().anyMatch(s -> !s.pains().isEmpty())) {
            @Override
            void sample(SvgDraw g, double x, double cy) {
                for (int b = 0; b < 4; b++) {
                    double h = 4 + b * 2.5;
                    g.rect(x + b * 7, cy + 6 - h, 5, h, 0, b < 2 ? Palette.ORANGE : Palette.WHITE, Palette.BAR_STROKE, "stroke-width", "0.75");
                }
            }
        },
        MOMENT("Moment of truth", j -> j.steps().anyMatch(s -> !s.momentsOfTruth().isEmpty())) {
            @Override
            void sample(SvgDraw g, double x, double cy) {
                g.star(x + 13, cy, 7, Palette.PURPLE, Palette.PURPLE_SHADE);
            }
        },
        OPPORTUNITY("Opportunity, tagged on what it addresses", j -> !j.opportunities().isEmpty()) {
            @Override
            void sample(SvgDraw g, double x, double cy) {
                g.rect(x + 2, cy - 7, 24, 14, 3, Palette.GREEN_TEXT, null);
                g.text("O1", x + 14, cy - 7, MapStyles.LEGEND_TAG, "middle");
            }
        },
        BLUEPRINT_LINE("Service-blueprint line", MapColumn::usesBlueprint) {
            @Override
            void sample(SvgDraw g, double x, double cy) {
                g.line(x, cy, x + 26, cy, Palette.BLUEPRINT_LINE, 1.5, MapLayout.BLUEPRINT_DASH);
            }
        };

        final String text;
        private final Predicate<Journey> used;

        Mark(String text, Predicate<Journey> used) {
            this.text = text;
            this.used = used;
        }

        /** Draws the sample in the 26 px before the text, centred on `cy`. */
        abstract void sample(SvgDraw g, double x, double cy);
    }

    private MapLegend() {
    }

    static void layout(MapLayout m) {
        legend(m);
        footer(m);
    }

    private static void legend(MapLayout m) {
        List<Mark> items = new ArrayList<>();
        for (Mark mark : Mark.values()) if (mark.used.test(m.journey)) items.add(mark);
        if (items.isEmpty()) return;
        double x = MARGIN;
        double rowTop = m.y;
        double lh = STYLE.lineHeight();
        List<double[]> placed = new ArrayList<>();
        for (Mark item : items) {
            double w = 34 + STYLE.width(item.text) + 20;
            if (x > MARGIN && x + w > m.width - MARGIN) {
                x = MARGIN;
                rowTop += lh + 10;
            }
            placed.add(new double[] {x, rowTop});
            x += w;
        }
        double top = m.y;
        m.draw(g -> {
            g.group("wm-legend", "legend", "role", "group", "aria-label", "Legend");
            for (int k = 0; k < items.size(); k++) {
                Mark item = items.get(k);
                double ix = placed.get(k)[0];
                double iy = placed.get(k)[1];
                item.sample(g, ix, iy + lh / 2);
                g.text(item.text, ix + 34, iy, STYLE, null);
            }
            g.end();
        });
        m.y = rowTop + lh + 12;
        if (top > m.y) m.y = top;
    }

    private static void footer(MapLayout m) {
        String text = "Review status as of " + m.view.asOf() + " · Source: " + m.view.file() + ":" + m.journey.span().line()
                + " · Rendered by Waymark";
        Piece.Text t = Piece.Text.of(text, TextStyle.SMALL, m.contentWidth());
        double top = m.y;
        m.draw(g -> t.draw(g, MARGIN, top));
        m.y += t.height();
    }
}
