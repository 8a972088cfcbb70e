package dev.waymark.render;

import java.util.ArrayList;
import java.util.List;

import static dev.waymark.render.Xml.num;

/**
 * A box on the map: a rounded rectangle (class `wm-box`, which the browser test measures) that
 * grows to hold its pieces, with an optional coloured stripe down its left edge. Pieces are laid
 * out for {@link #inner()} so that nothing inside can be wider than the box.
 */
public final class Card {
    static final double PAD = 8;
    static final double GAP = 4;
    static final double STRIPE = 6;

    private final String cssClass;
    private final String id;
    private final double width;
    private final List<Piece> pieces = new ArrayList<>();
    private String fill = Palette.WHITE;
    private String stroke = Palette.CARD_STROKE;
    private String stripe;
    private String dash;
    private double radius = 6;
    private String label;
    private double height = -1;

    public Card(String cssClass, String id, double width) {
        this.cssClass = cssClass;
        this.id = id;
        this.width = width;
    }

    public Card fill(String colour) {
        this.fill = colour;
        return this;
    }

    public Card stroke(String colour) {
        this.stroke = colour;
        return this;
    }

    public Card stripe(String colour) {
        this.stripe = colour;
        return this;
    }

    public Card dashed() {
        this.dash = "5 3";
        return this;
    }

    public Card radius(double r) {
        this.radius = r;
        return this;
    }

    /** An accessible name for the card (aria-label), for screen readers walking the map. */
    public Card label(String text) {
        this.label = text;
        return this;
    }

    public double width() {
        return width;
    }

    /** The width pieces may use. */
    public double inner() {
        return width - 2 * PAD - (stripe != null ? STRIPE : 0);
    }

    public Card add(Piece piece) {
        pieces.add(piece);
        height = -1;
        return this;
    }

    public Card addText(String text, TextStyle style) {
        return add(Piece.Text.of(text, style, inner()));
    }

    public double height() {
        if (height < 0) {
            double h = 2 * PAD;
            for (int i = 0; i < pieces.size(); i++) h += pieces.get(i).height() + (i > 0 ? GAP : 0);
            height = Math.ceil(h);
        }
        return height;
    }

    public void draw(SvgDraw g, double x, double y) {
        draw(g, x, y, height());
    }

    /** Draws the card `h` tall (at least its own height): cards in a spanning row share one height. */
    public void draw(SvgDraw g, double x, double y, double h) {
        h = Math.max(h, height());
        g.group("wm-card " + cssClass, id, "role", label == null ? null : "group", "aria-label", label);
        g.rect(x, y, width, h, radius, fill, stroke, "class", "wm-box", "stroke-dasharray", dash);
        double left = x + PAD;
        if (stripe != null) {
            double r = radius;
            String d = "M" + num(x + r) + " " + num(y) + "H" + num(x + STRIPE) + "V" + num(y + h) + "H" + num(x + r)
                    + "A" + num(r) + " " + num(r) + " 0 0 1 " + num(x) + " " + num(y + h - r)
                    + "V" + num(y + r) + "A" + num(r) + " " + num(r) + " 0 0 1 " + num(x + r) + " " + num(y) + "Z";
            g.path(d, stripe, null, 0, null);
            left += STRIPE;
        }
        double top = y + PAD;
        for (Piece p : pieces) {
            p.draw(g, left, top);
            top += p.height() + GAP;
        }
        g.end();
    }
}
