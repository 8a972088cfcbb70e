package dev.waymark.render.slide;

import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.ConfigurationException;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.apache.fop.svg.PDFTranscoder;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An SVG (a map, a portfolio view) as a PNG or a PDF for a slide or a page, in pure Java:
 * Batik draws it, Java's ImageIO writes the PNG, FOP's PDF transcoder writes vector PDF with
 * the text as text (selectable, searchable) in embedded DejaVu Sans. The SVG's own viewBox is
 * fitted into the page (preserveAspectRatio: centred, proportions kept) on a white ground.
 */
public final class Slides {
    /** FOP counts a user unit as 1/96 in; points are 1/72 in. */
    private static final double PX_PER_PT = 96.0 / 72.0;

    private Slides() {
    }

    public static byte[] png(byte[] svg, Page page) {
        Fonts.registerWithAwt();
        PngPainter painter = new PngPainter(page.pixelWidth(), page.pixelHeight(), new PlainTextPainter());
        transcode(painter, svg, new TranscoderOutput(new ByteArrayOutputStream()));
        BufferedImage image = painter.image();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            // a light deflate: a third of the time of the default for a few per cent more bytes
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] pdf(byte[] svg, Page page) {
        PDFTranscoder pdf = new PDFTranscoder();
        try {
            pdf.configure(fontConfiguration());
        } catch (ConfigurationException e) {
            throw new IllegalStateException("FOP font configuration", e);
        }
        pdf.addTranscodingHint(PDFTranscoder.KEY_STROKE_TEXT, Boolean.FALSE);
        pdf.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) (page.pointWidth() * PX_PER_PT));
        pdf.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) (page.pointHeight() * PX_PER_PT));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        transcode(pdf, svg, new TranscoderOutput(out));
        return StablePdf.of(out.toByteArray());
    }

    private static void transcode(org.apache.batik.transcoder.Transcoder t, byte[] svg, TranscoderOutput out) {
        try {
            t.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), out);
        } catch (TranscoderException e) {
            throw new IllegalStateException("cannot convert the SVG: " + e.getMessage(), e);
        }
    }

    /** The DejaVu Sans faces, for FOP to embed instead of falling back to Helvetica. */
    private static Configuration fontConfiguration() throws ConfigurationException {
        List<Path> files = Fonts.files();
        StringBuilder xml = new StringBuilder("<cfg><fonts>");
        for (int i = 0; i < Fonts.FACES.size(); i++) {
            Fonts.Face f = Fonts.FACES.get(i);
            xml.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"").append(files.get(i).toUri()).append("\">")
                    .append("<font-triplet name=\"").append(Fonts.FAMILY).append("\" style=\"").append(f.style())
                    .append("\" weight=\"").append(f.weight()).append("\"/></font>");
        }
        xml.append("</fonts></cfg>");
        try {
            return new DefaultConfigurationBuilder().build(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new ConfigurationException("font configuration: " + e.getMessage(), e);
        }
    }
}
