package dev.waymark.render.slide;

import org.apache.batik.anim.dom.SVGOMDocument;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.TextPainter;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderOutput;
import org.w3c.dom.Document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws the SVG's graphics tree straight onto the picture. Batik's ImageTranscoder paints
 * through its StaticRenderer: into a second, translucent image of the same size (tiled, its
 * tiles kept in Batik's soft-referenced tile cache, about 30 MB per PNG still held after a full
 * collection), then copies that onto the picture. Painting the tree onto the picture itself
 * (as the renderer paints each tile, with its hints) gives the same picture, bar a few
 * anti-aliased edge pixels, without the second image, the copy and the retained tiles. The
 * superclass still builds the tree and fits the viewBox into the page (preserveAspectRatio),
 * so the picture is placed as before.
 */
final class PngPainter extends SVGAbstractTranscoder {
    private final TextPainter textPainter;
    private BufferedImage image;

    /** A picture of width × height pixels, its text drawn by `textPainter` (Slides: {@link PlainTextPainter}). */
    PngPainter(int width, int height, TextPainter textPainter) {
        this.textPainter = textPainter;
        addTranscodingHint(KEY_WIDTH, (float) width);
        addTranscodingHint(KEY_HEIGHT, (float) height);
    }

    @Override
    protected BridgeContext createBridgeContext(SVGOMDocument doc) {
        BridgeContext bridge = super.createBridgeContext(doc);
        bridge.setTextPainter(textPainter);
        return bridge;
    }

    @Override
    protected void transcode(Document document, String uri, TranscoderOutput output) throws TranscoderException {
        super.transcode(document, uri, output);
        BufferedImage picture = new BufferedImage((int) (width + 0.5), (int) (height + 0.5), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            // the hints Batik's StaticRenderer paints with
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.transform(curTxf);
            if (root != null) root.paint(g);
        } finally {
            g.dispose();
            // the document, bridge context and tree stay in the transcoder's fields otherwise
            if (ctx != null) ctx.dispose();
            ctx = null;
            root = null;
            builder = null;
        }
        image = picture;
    }

    BufferedImage image() {
        return image;
    }
}
