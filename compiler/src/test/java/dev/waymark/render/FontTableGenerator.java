package dev.waymark.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the advance-width tables that {@link FontMetrics} reads, from the DejaVu Sans TTF files
 * (Debian's fonts-dejavu-core). Run by hand when the tables must change:
 * {@code java -cp compiler/target/test-classes dev.waymark.render.FontTableGenerator /usr/share/fonts/truetype/dejavu compiler/src/main/resources/dev/waymark/render}.
 * Format: gzip of "WMF1", units per em (short), then 65,536 unsigned shorts, one per BMP code
 * point: the advance in font units, 0xFFFF where the font has no glyph.
 */
public final class FontTableGenerator {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        File dir = new File(args[0]);
        File out = new File(args[1]);
        write(new File(dir, "DejaVuSans.ttf"), new File(out, "dejavu-sans.metrics"));
        write(new File(dir, "DejaVuSans-Bold.ttf"), new File(out, "dejavu-sans-bold.metrics"));
    }

    private static void write(File ttf, File target) throws Exception {
        int units = 2048;
        Font font = Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont((float) units);
        FontRenderContext frc = new FontRenderContext(null, false, true);
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(new FileOutputStream(target)))) {
            out.writeBytes("WMF1");
            out.writeShort(units);
            int present = 0;
            for (int c = 0; c <= 0xFFFF; c++) {
                boolean has = !Character.isSurrogate((char) c) && font.canDisplay(c);
                if (has) {
                    float adv = font.createGlyphVector(frc, Character.toChars(c)).getGlyphMetrics(0).getAdvance();
                    out.writeShort(Math.min(0xFFFE, Math.round(adv)));
                    present++;
                } else {
                    out.writeShort(0xFFFF);
                }
            }
            System.out.println(target + ": " + present + " glyphs");
        }
    }
}
