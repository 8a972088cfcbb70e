package dev.waymark.render.slide;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * DejaVu Sans, the font the renderer measures text with, from a Maven artifact
 * (jasperreports-fonts) rather than the machine, so a PNG or PDF looks the same on a machine
 * without the font installed: registered with Java's font system for PNG, and as files FOP
 * embeds (subsetted) into each PDF.
 */
final class Fonts {
    static final String FAMILY = "DejaVu Sans";
    private static final String ROOT = "/net/sf/jasperreports/fonts/dejavu/";

    /** A font file and the style and weight it is for. */
    record Face(String file, String style, String weight) {
    }

    static final List<Face> FACES = List.of(new Face("DejaVuSans.ttf", "normal", "normal"), new Face("DejaVuSans-Bold.ttf", "normal", "bold"),
            new Face("DejaVuSans-Oblique.ttf", "italic", "normal"), new Face("DejaVuSans-BoldOblique.ttf", "italic", "bold"));

    private static List<Path> files;
    private static boolean registered;

    private Fonts() {
    }

    /** Makes "DejaVu Sans" known to AWT, once per JVM. */
    static synchronized void registerWithAwt() {
        if (registered) return;
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (Face f : FACES) {
            try (InputStream in = open(f)) {
                ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bad font " + f.file(), e);
            }
        }
        registered = true;
    }

    /** The font files on disk, in FACES order: FOP reads fonts by URI. Written once per JVM, deleted on exit. */
    static synchronized List<Path> files() {
        if (files != null) return files;
        List<Path> out = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory("waymark-fonts");
            dir.toFile().deleteOnExit();
            for (Face f : FACES) {
                Path target = dir.resolve(f.file());
                try (InputStream in = open(f)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
                out.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files = List.copyOf(out);
        return files;
    }

    private static InputStream open(Face f) throws IOException {
        InputStream in = Fonts.class.getResourceAsStream(ROOT + f.file());
        if (in == null) throw new IOException("font " + f.file() + " is missing from the class path (jasperreports-fonts)");
        return in;
    }
}
