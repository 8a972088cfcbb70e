package dev.waymark.config;

import dev.waymark.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where `extends:` finds a shared ruleset, as Spectral's `extends` and ESLint's shareable
 * configs do: `classpath:acme/waymark-ruleset.yaml` is a resource in a jar on the class path
 * (WAYMARK_CLASSPATH for the CLI, the plugin's `<dependencies>` for Maven); anything else is a
 * path relative to the file that extends it. A ruleset is a waymark.yaml itself and may extend
 * others; a relative `extends` inside a jar stays inside the class path.
 */
final class Rulesets {
    static final String CLASSPATH = "classpath:";

    private Rulesets() {
    }

    /** Where a file's relative references resolve: a folder, or a folder of the class path. */
    record Origin(Optional<Path> folder, Optional<String> resourceFolder) {
        static Origin of(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            return new Origin(Optional.ofNullable(abs.getParent()), Optional.empty());
        }

        static Origin workingFolder() {
            return new Origin(Optional.of(Path.of("").toAbsolutePath()), Optional.empty());
        }
    }

    /** A ruleset read: its bytes, the name messages use, and where its own references resolve. */
    record Ruleset(byte[] bytes, String shown, String identity, Origin origin) {
    }

    /** Reads the ruleset {@code ref}, named by a file at {@code origin}; errors name it as {@code where} says. */
    static Ruleset read(String ref, Origin origin, String where) throws InputException {
        String resource = null;
        if (ref.startsWith(CLASSPATH)) resource = strip(ref.substring(CLASSPATH.length()));
        else if (origin.resourceFolder().isPresent()) resource = origin.resourceFolder().get() + ref;
        if (resource != null) return fromClassPath(resource, ref, where);
        Path base = origin.folder().orElse(Path.of("").toAbsolutePath());
        Path file = base.resolve(ref).normalize();
        if (!Files.isRegularFile(file)) {
            throw new InputException(where + "extends: cannot read `" + ref + "`: no such file " + file
                    + " (a path is relative to the file that extends it; a ruleset in a jar is `classpath:path/in/the/jar.yaml`)");
        }
        try {
            return new Ruleset(Files.readAllBytes(file), ref, file.toString(), Origin.of(file));
        } catch (IOException e) {
            throw new InputException(where + "extends: cannot read `" + ref + "`: " + e.getMessage(), e);
        }
    }

    private static Ruleset fromClassPath(String resource, String ref, String where) throws InputException {
        URL url = null;
        for (ClassLoader loader : loaders()) {
            if (loader != null && (url = loader.getResource(resource)) != null) break;
        }
        if (url == null) {
            throw new InputException(where + "extends: there is no `" + resource + "` on the class path; add the jar that holds it"
                    + " to WAYMARK_CLASSPATH (CLI) or to the Waymark plugin's <dependencies> (Maven)");
        }
        try (InputStream in = url.openStream()) {
            int slash = resource.lastIndexOf('/');
            Origin origin = new Origin(Optional.empty(), Optional.of(slash < 0 ? "" : resource.substring(0, slash + 1)));
            return new Ruleset(in.readAllBytes(), CLASSPATH + resource, CLASSPATH + resource, origin);
        } catch (IOException e) {
            throw new InputException(where + "extends: cannot read `" + ref + "` from " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<ClassLoader> loaders() {
        return java.util.Arrays.asList(Thread.currentThread().getContextClassLoader(), Rulesets.class.getClassLoader());
    }

    private static String strip(String resource) {
        String r = resource;
        while (r.startsWith("/")) r = r.substring(1);
        return r;
    }
}
