package dev.waymark.init;

import dev.waymark.util.AtomicFiles;

import dev.waymark.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * `waymark init`: a commented `waymark.yaml` and a starter journey that passes `waymark check`.
 * The review date is the day of the init, so the starter map begins its life current.
 */
public final class Starter {
    public static final String CONFIG = "waymark.yaml";
    public static final String JOURNEY = "journeys/first.journey";

    private Starter() {
    }

    /** A file to write: its path relative to the target folder, `/`-separated, and its text. */
    public record StarterFile(String path, String text) {
    }

    public static List<StarterFile> files(LocalDate today) {
        String journey = template("first.journey")
                .replace("{{today}}", today.toString())
                .replace("{{due}}", today.plusDays(90).toString());
        return List.of(new StarterFile(CONFIG, template("waymark.yaml")), new StarterFile(JOURNEY, journey));
    }

    /**
     * Writes the starter files into a folder. Refuses, writing nothing, when any of them exists:
     * an init must never overwrite a team's policy or maps.
     */
    public static List<Path> write(Path folder, LocalDate today) throws InputException {
        List<StarterFile> files = files(today);
        for (StarterFile f : files) {
            Path target = folder.resolve(f.path());
            if (Files.exists(target)) {
                throw new InputException(f.path() + " already exists in " + folder + "; init writes nothing over existing files "
                        + "(remove or rename it first)");
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            for (StarterFile f : files) {
                Path target = folder.resolve(f.path());
                AtomicFiles.write(target, f.text());
                written.add(target);
            }
        } catch (IOException e) {
            throw new InputException("cannot write the starter files in " + folder + ": " + dev.waymark.util.IoProblems.why(e, folder), e);
        }
        return written;
    }

    private static String template(String name) {
        try (InputStream in = Starter.class.getResourceAsStream("/dev/waymark/init/" + name)) {
            if (in == null) throw new IllegalStateException("missing template " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
