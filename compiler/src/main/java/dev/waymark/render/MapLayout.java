package dev.waymark.render;

import dev.waymark.model.Journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state of one map's layout pass: the grid's geometry, a cursor running down the page and
 * the drawing operations queued so far, which {@link SvgMap} replays once the height is known.
 * The row shapes every lane is made of (a lane of stacked cells, a row of spanning boxes, a
 * wrapping flow of cards) live here, so that each part of the map only says what it holds.
 */
final class MapLayout {
    static final double MARGIN = 32;
    static final double GUTTER = 150;
    static final double COL = 200;
    static final double GAP = 14;
    static final double PITCH = COL + GAP;
    static final double ROW_PAD = 12;
    static final double STACK_GAP = 8;
    static final double MIN_WIDTH = 1000;
    /** The dashes of a service-blueprint line, on the map and in its legend. */
    static final String BLUEPRINT_DASH = "8 4";

    final JourneyView view;
    final Journey journey;
    final List<MapColumn> columns;
    final double width;
    private final List<Consumer<SvgDraw>> ops = new ArrayList<>();
    /** The top of what is laid out next. */
    double y;

    MapLayout(JourneyView view) {
        this.view = view;
        this.journey = view.journey();
        this.columns = MapColumn.of(journey);
        this.width = Math.max(MIN_WIDTH, 2 * MARGIN + GUTTER + columns.size() * PITCH - GAP);
    }

    /** Queues a drawing operation after those queued so far. */
    void draw(Consumer<SvgDraw> op) {
        ops.add(op);
    }

    /** Queues an operation before all others: backgrounds whose extent is known only at the end. */
    void drawFirst(Consumer<SvgDraw> op) {
        ops.add(0, op);
    }

    void replay(SvgDraw g) {
        for (Consumer<SvgDraw> op : ops) op.accept(g);
    }

    double contentWidth() {
        return width - 2 * MARGIN;
    }

    double colX(int i) {
        return MARGIN + GUTTER + i * PITCH;
    }

    double spanWidth(int first, int last) {
        return (last - first) * PITCH + COL;
    }

    List<List<Card>> perColumn(Function<MapColumn, List<Card>> cards) {
        List<List<Card>> out = new ArrayList<>();
        for (MapColumn c : columns) out.add(cards.apply(c));
        return out;
    }

    /** Cards left to right, wrapping to a new line at the content width; rows as tall as their tallest card. */
    void flow(List<Card> cards, double gap) {
        double x = MARGIN;
        double rowHeight = 0;
        for (Card c : cards) {
            if (x > MARGIN && x + c.width() > MARGIN + contentWidth()) {
                y += rowHeight + gap;
                x = MARGIN;
                rowHeight = 0;
            }
            double cx = x;
            double cy = y;
            draw(g -> c.draw(g, cx, cy));
            x += c.width() + gap;
            rowHeight = Math.max(rowHeight, c.height());
        }
        y += rowHeight + gap;
    }

    /** A row of boxes that each span a run of columns (stages, owners), all as tall as the tallest. */
    void spanRow(String key, String name, List<Card> cards, List<Double> xs, boolean rule) {
        double h = cards.stream().mapToDouble(Card::height).max().orElse(0);
        double pad = rule ? ROW_PAD : 0;
        double top = y;
        Piece.Text label = Piece.Text.of(name, MapStyles.LANE, GUTTER - 24);
        draw(g -> {
            g.group("wm-lane", "lane-" + key, "role", "group", "aria-label", name);
            if (rule) g.line(MARGIN, top, width - MARGIN, top, Palette.RULE, 1, null);
            label.draw(g, MARGIN, top + Math.max(pad, 8));
            for (int k = 0; k < cards.size(); k++) cards.get(k).draw(g, xs.get(k), top + pad, h);
            g.end();
        });
        y += Math.max(h, label.height()) + 2 * pad + (rule ? 0 : 6);
    }

    /** A row of the grid: the label in the gutter, each column's cards stacked in its cell. */
    void lane(String key, String name, List<List<Card>> cells) {
        lane(key, name, null, cells, false);
    }

    /**
     * `lineName`: the service-blueprint line drawn (dashed) above the lane, or null for a plain
     * rule. `uniform`: every cell holds at most one card, and all cards are drawn as tall as the
     * tallest, so a row of steps reads as one band. A lane with nothing in it is left out.
     */
    void lane(String key, String name, String lineName, List<List<Card>> cells, boolean uniform) {
        boolean empty = cells.stream().allMatch(List::isEmpty);
        if (empty) return;
        List<Piece> labels = new ArrayList<>();
        if (lineName != null) labels.add(Piece.Text.of(lineName, MapStyles.ASIDE, GUTTER - 24));
        labels.add(Piece.Text.of(name, MapStyles.LANE, GUTTER - 24));
        double labelHeight = labels.stream().mapToDouble(Piece::height).sum() + (labels.size() - 1) * 4;
        double content = 0;
        for (List<Card> cell : cells) {
            double h = 0;
            for (Card c : cell) h += c.height() + STACK_GAP;
            content = Math.max(content, h - STACK_GAP);
        }
        double rowHeight = Math.max(labelHeight, content) + 2 * ROW_PAD;
        double contentHeight = content;
        double top = y;
        boolean dashedLine = lineName != null;
        draw(g -> {
            g.group("wm-lane", "lane-" + key, "role", "group", "aria-label", name);
            if (dashedLine) g.line(MARGIN, top, width - MARGIN, top, Palette.BLUEPRINT_LINE, 1.5, BLUEPRINT_DASH);
            else g.line(MARGIN, top, width - MARGIN, top, Palette.RULE, 1, null);
            double ly = top + ROW_PAD;
            for (Piece p : labels) {
                p.draw(g, MARGIN, ly);
                ly += p.height() + 4;
            }
            for (int i = 0; i < cells.size(); i++) {
                double cy = top + ROW_PAD;
                for (Card c : cells.get(i)) {
                    double h = uniform && cells.get(i).size() == 1 ? contentHeight : c.height();
                    c.draw(g, colX(i), cy, h);
                    cy += h + STACK_GAP;
                }
            }
            g.end();
        });
        y += rowHeight;
    }
}
