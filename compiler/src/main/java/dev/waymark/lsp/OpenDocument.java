package dev.waymark.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** An editor buffer: its URI as the client spelled it, the file it stands for (if any), its text. */
record OpenDocument(String uri, Optional<Path> file, String text, int version) {

    static OpenDocument of(String uri, String text, int version) {
        return new OpenDocument(uri, fileOf(uri), text, version);
    }

    OpenDocument withText(String newText, int newVersion) {
        return new OpenDocument(uri, file, newText, newVersion);
    }

    /** The local file of a `file:` URI; empty for `untitled:` and other schemes, or a URI that does not parse. */
    static Optional<Path> fileOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) return Optional.empty();
            return Optional.of(Paths.get(parsed).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
