package dev.waymark.render;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * Text widths from the advance widths of DejaVu Sans, the first font the SVG asks for.
 * The tables are precomputed (see FontTableGenerator in the tests) so that layout is the same on
 * every machine, needs no AWT, and costs an array lookup per character. A character the font
 * lacks is drawn by some fallback font we cannot know; it is counted a full em wide (CJK and
 * emoji are about that), which errs on the side of a box that is a little too large.
 */
public final class TextMetrics {
    /** The font stack every SVG asks for: the measurements are those of its first font. */
    public static final String FONTS = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";
    /** Ascent and descent of DejaVu Sans (hhea), in em: where a baseline sits in its line box. */
    public static final double ASCENT = 0.928;
    public static final double DESCENT = 0.236;
    private static final double UNKNOWN = 1.0;
    /** Room for kerning-free renderers and fonts next in the font stack (Verdana runs a little wider). */
    private static final double SLACK = 1.04;

    private static final double[] REGULAR = load("dejavu-sans.metrics");
    private static final double[] BOLD = load("dejavu-sans-bold.metrics");

    private TextMetrics() {
    }

    /** Width in px of `text` at `size` px. */
    public static double width(String text, double size, boolean bold) {
        double[] table = bold ? BOLD : REGULAR;
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            em += advance(table, cp);
        }
        return em * size * SLACK;
    }

    /** Width in em of one code point. */
    static double advance(double[] table, int cp) {
        if (cp < table.length && table[cp] >= 0) return table[cp];
        // a combining mark from a fallback font sits on the letter before it
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        return UNKNOWN;
    }

    static double advance(int cp, boolean bold) {
        return advance(bold ? BOLD : REGULAR, cp) * SLACK;
    }

    private static double[] load(String name) {
        try (InputStream raw = TextMetrics.class.getResourceAsStream(name)) {
            if (raw == null) throw new IllegalStateException("missing font table " + name);
            DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
            byte[] magic = in.readNBytes(4);
            if (!"WMF1".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new IllegalStateException("bad font table " + name);
            }
            double units = in.readUnsignedShort();
            double[] table = new double[0x10000];
            for (int c = 0; c < table.length; c++) {
                int v = in.readUnsignedShort();
                table[c] = v == 0xFFFF ? -1 : v / units;
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
