package dev.waymark.render.portfolio;

import dev.waymark.render.Palette;
import dev.waymark.render.SvgDraw;
import dev.waymark.render.TextMetrics;
import dev.waymark.render.TextStyle;
import dev.waymark.render.TextWrap;
import dev.waymark.render.Xml;
import dev.waymark.render.slide.Page;

/**
 * The frame of a portfolio view drawn for a slide or a page: 1,280 units wide and as tall as
 * the page's proportions make it (720 on a 16:9 slide), so the converter scales it to fill the
 * page and 14-unit text reads at 21 px on a full-HD slide. A title and a lead line on top, rows
 * below; a view with more rows than fit shows what fits and says, at the bottom, how many more
 * there are (portfolio.json and the pages have them all).
 */
final class ViewFrame {
    static final double WIDTH = 1280, PAD = 32, FONT = 14;
    static final TextStyle TITLE = new TextStyle(24, true, false, Palette.INK);
    static final TextStyle LEAD = new TextStyle(FONT, false, false, Palette.MUTED);
    static final TextStyle BODY = new TextStyle(FONT, false, false, Palette.INK);
    static final TextStyle BOLD = new TextStyle(FONT, true, false, Palette.INK);
    static final TextStyle MUTED = new TextStyle(FONT, false, false, Palette.MUTED);
    static final TextStyle HEAD = new TextStyle(12, true, false, Palette.MUTED);
    /** Where the rows start, below the title and the lead. */
    static final double TOP = PAD + 78;
    /** Where the rows start, below the column headings. */
    static final double ROWS = TOP + 24;
    static final double COLUMN_GAP = 16;
    private static final double FOOTER = 28;

    final Xml xml;
    final SvgDraw draw;
    final double height;

    private ViewFrame(Xml xml, double height) {
        this.xml = xml;
        this.draw = new SvgDraw(xml, "");
        this.height = height;
    }

    static ViewFrame open(Page page, String title, String lead) {
        double height = Math.round(WIDTH * page.pixelHeight() / page.pixelWidth());
        Xml x = new Xml();
        x.declaration();
        x.start("svg", "xmlns", SvgDraw.NS, "width", Xml.num(WIDTH), "height", Xml.num(height),
                "viewBox", "0 0 " + Xml.num(WIDTH) + " " + Xml.num(height), "font-family", TextMetrics.FONTS,
                "role", "img", "aria-label", title).nl();
        ViewFrame f = new ViewFrame(x, height);
        f.draw.rect(0, 0, WIDTH, height, 0, Palette.WHITE, null);
        f.draw.text(fit(title, WIDTH - 2 * PAD, TITLE), PAD, PAD, TITLE, null);
        f.draw.text(fit(lead, WIDTH - 2 * PAD, LEAD), PAD, PAD + 38, LEAD, null);
        return f;
    }

    /** The lowest y a row may reach, leaving room for the note of what did not fit. */
    double bottom() {
        return height - PAD - FOOTER;
    }

    /** How many rows of `rowHeight` fit from `top` down; when not all `wanted` do, one goes to the note. */
    int rowsThatFit(double top, double rowHeight, int wanted) {
        int fit = (int) Math.floor((bottom() - top) / rowHeight);
        return wanted <= fit ? wanted : Math.max(0, fit);
    }

    /** The note at the bottom: what the view leaves out. */
    void more(String text) {
        draw.text(fit(text, WIDTH - 2 * PAD, MUTED), PAD, height - PAD - MUTED.lineHeight(), MUTED.asItalic(), null);
    }

    /**
     * Column headings along the top of the rows, the columns `widths` wide with a gap between
     * them, the last one taking the rest: each column's x, and last the right edge.
     */
    double[] columns(java.util.List<String> titles, double... widths) {
        double[] x = new double[titles.size() + 1];
        x[0] = PAD;
        for (int i = 1; i < titles.size(); i++) x[i] = x[i - 1] + widths[i - 1] + COLUMN_GAP;
        x[titles.size()] = WIDTH - PAD;
        for (int i = 0; i < titles.size(); i++) {
            draw.text(fit(titles.get(i).toUpperCase(java.util.Locale.ROOT), x[i + 1] - x[i] - (i + 1 < titles.size() ? COLUMN_GAP : 0), HEAD),
                    x[i], TOP, HEAD, null);
        }
        return x;
    }

    /** What a view says when the portfolio has nothing for it. */
    byte[] empty(String text) {
        draw.text(fit(text, WIDTH - 2 * PAD, MUTED), PAD, ROWS, MUTED, null);
        return close();
    }

    /** Text wrapped into at most `maxLines` lines of `width` (the last ends in "…" when cut), centred on `mid`. */
    void block(String text, double x, double mid, double width, TextStyle style, int maxLines) {
        java.util.List<String> lines = TextWrap.lines(text.replaceAll("\\s+", " ").strip(), style.size(), style.bold(), width, maxLines);
        draw.text(lines, x, mid - lines.size() * style.lineHeight() / 2, style, null);
    }

    /** Two lines centred on `mid`: `first` and, below it, `second`. */
    void twoLines(String first, TextStyle firstStyle, String second, TextStyle secondStyle, double x, double mid, double width) {
        double top = mid - (firstStyle.lineHeight() + secondStyle.lineHeight()) / 2;
        draw.text(fit(first, width, firstStyle), x, top, firstStyle, null);
        draw.text(fit(second, width, secondStyle), x, top + firstStyle.lineHeight(), secondStyle, null);
    }

    byte[] close() {
        xml.end();
        xml.finish();
        return xml.bytes();
    }

    /** The text on one line, or as much of it as fits in `width` followed by "…". */
    static String fit(String text, double width, TextStyle style) {
        return fit(text, width, style.size(), style.bold());
    }

    static String fit(String text, double width, double size, boolean bold) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (TextMetrics.width(t, size, bold) <= width) return t;
        // widths add up, so the longest prefix that fits is found by halving (a 10,000-character word is one)
        int lo = 0, hi = t.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (TextMetrics.width(t.substring(0, mid) + "…", size, bold) <= width) lo = mid;
            else hi = mid - 1;
        }
        if (lo > 0 && Character.isHighSurrogate(t.charAt(lo - 1))) lo--;
        return t.substring(0, lo).strip() + "…";
    }
}
