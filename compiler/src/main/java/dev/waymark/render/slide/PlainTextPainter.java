package dev.waymark.render.slide;

import org.apache.batik.bridge.StrokingTextPainter;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.bridge.TextSpanLayout;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Batik's text painter without two costs a map's text does not need, each skipped only where
 * Batik's own code would come to the same result (the PNG is the same pixels):
 * <ul>
 * <li>Bidi: Batik lays every chunk of text out with AWT's TextLayout just to learn its
 * embedding levels (a sixth of a PNG's CPU). Text with no right-to-left character, no bidi
 * control and no `direction`/`unicode-bidi` is level 0 throughout, which is the case Batik
 * itself short-cuts; any other text goes through Batik's analysis as before.</li>
 * <li>Decorations: Batik computes the underline, overline and strike-through outline of every
 * run for its bounds and again to paint, and drops them when the run has no such decoration.</li>
 * </ul>
 */
final class PlainTextPainter extends StrokingTextPainter {
    private static final AttributedCharacterIterator.Attribute LEVEL = GVTAttributedCharacterIterator.TextAttribute.BIDI_LEVEL;

    @Override
    public List computeTextRuns(TextNode node, AttributedCharacterIterator aci, AttributedCharacterIterator[] chunkACIs) {
        if (needsBidi(aci)) return super.computeTextRuns(node, aci, chunkACIs);
        int[][] charMaps = new int[chunkACIs.length][];
        int chunkStart = aci.getBeginIndex();
        for (int i = 0; i < chunkACIs.length; i++) {
            int n = chunkACIs[i].getEndIndex() - chunkACIs[i].getBeginIndex();
            chunkACIs[i] = leftToRight(chunkACIs[i], n);
            charMaps[i] = new int[n];
            for (int k = 0; k < n; k++) charMaps[i][k] = chunkStart + k;
            chunkStart += n;
        }
        return computeTextRuns(node, aci, chunkACIs, charMaps);
    }

    private static boolean needsBidi(AttributedCharacterIterator aci) {
        Set<AttributedCharacterIterator.Attribute> keys = aci.getAllAttributeKeys();
        if (keys.contains(TextAttribute.RUN_DIRECTION) || keys.contains(TextAttribute.BIDI_EMBEDDING)) return true;
        int n = aci.getEndIndex() - aci.getBeginIndex();
        if (n == 0) return true;
        char[] text = new char[n];
        char c = aci.first();
        for (int i = 0; i < n; i++, c = aci.next()) text[i] = c;
        return Bidi.requiresBidi(text, 0, n);
    }

    /** What Batik's BidiAttributedCharacterIterator makes of left-to-right text: the same characters and attributes (null keys and values dropped), at level 0. */
    private static AttributedCharacterIterator leftToRight(AttributedCharacterIterator chunk, int n) {
        StringBuilder text = new StringBuilder(n);
        char c = chunk.first();
        for (int i = 0; i < n; i++, c = chunk.next()) text.append(c);
        AttributedString as = new AttributedString(text.toString());
        int start = chunk.getBeginIndex();
        int end = chunk.getEndIndex();
        for (int index = start; index < end; ) {
            chunk.setIndex(index);
            Map<AttributedCharacterIterator.Attribute, Object> attributes = chunk.getAttributes();
            int limit = chunk.getRunLimit();
            Map<AttributedCharacterIterator.Attribute, Object> copy = new HashMap<>(attributes.size());
            for (Map.Entry<AttributedCharacterIterator.Attribute, Object> e : attributes.entrySet()) {
                if (e.getKey() != null && e.getValue() != null) copy.put(e.getKey(), e.getValue());
            }
            as.addAttributes(copy, index - start, limit - start);
            index = limit;
        }
        as.addAttribute(LEVEL, 0, 0, n);
        return as.getIterator();
    }

    @Override
    protected void paintDecorations(List textRuns, Graphics2D g2d, int decorationType) {
        if (decorated(textRuns, decorationType)) super.paintDecorations(textRuns, g2d, decorationType);
    }

    @Override
    protected Shape getDecorationOutline(List textRuns, int decorationType) {
        return decorated(textRuns, decorationType) ? super.getDecorationOutline(textRuns, decorationType) : null;
    }

    @Override
    protected Shape getDecorationStrokeOutline(List textRuns, int decorationType) {
        return decorated(textRuns, decorationType) ? super.getDecorationStrokeOutline(textRuns, decorationType) : null;
    }

    /** Whether any run has a fill or a stroke for the decoration: Batik draws or measures nothing for it otherwise. */
    private static boolean decorated(List<?> textRuns, int type) {
        for (Object o : textRuns) {
            AttributedCharacterIterator runAci = ((TextRun) o).getACI();
            runAci.first();
            if (!(runAci.getAttribute(PAINT_INFO) instanceof TextPaintInfo tpi)) continue;
            boolean any = switch (type) {
                case TextSpanLayout.DECORATION_UNDERLINE -> tpi.underlinePaint != null || tpi.underlineStrokePaint != null;
                case TextSpanLayout.DECORATION_OVERLINE -> tpi.overlinePaint != null || tpi.overlineStrokePaint != null;
                case TextSpanLayout.DECORATION_STRIKETHROUGH -> tpi.strikethroughPaint != null || tpi.strikethroughStrokePaint != null;
                default -> true;
            };
            if (any) return true;
        }
        return false;
    }
}
