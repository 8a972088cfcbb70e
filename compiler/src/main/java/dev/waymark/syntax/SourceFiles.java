package dev.waymark.syntax;

import dev.waymark.util.IoProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a `.journey` file from disk for parsing: the one place that decides what can be read. */
public final class SourceFiles {
    private SourceFiles() {
    }

    /**
     * One file, parsed; a file that cannot be read (a folder or a named pipe called `.journey`, a
     * broken link, no permission) is one diagnostic at its name, and the others are still checked.
     * Only regular files are opened: reading a named pipe would wait for a writer forever.
     */
    public static ParseResult read(String name, Path file) {
        if (Files.isDirectory(file)) return SourceParser.unreadable(name, "it is a folder, not a file", "rename the folder or move it out of the sources");
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "a missing file";
            }
            return SourceParser.unreadable(name, "it is a link to " + target + ", which does not exist", "fix or remove the link");
        }
        if (!Files.isRegularFile(file)) {
            return SourceParser.unreadable(name, "it is not a regular file (a named pipe or a device)", "journey maps are plain text files; remove it or rename it");
        }
        try {
            ParseResult parsed = SourceParser.parse(name, Files.readAllBytes(file));
            // a workspace's texts are held softly once parsed, and read again for a diagnostic's quote (see SourceText)
            return new ParseResult(parsed.source().rereadable(() -> reread(name, file)), parsed.file(), parsed.diagnostics());
        } catch (IOException e) {
            return SourceParser.unreadable(name, IoProblems.why(e, file), "check the file's permissions (`ls -l " + name + "`)");
        }
    }

    private static Optional<String> reread(String name, Path file) {
        try {
            // a file that was not text is shown as the decoder shows it, the same again for the same bytes
            SourceDecoder.Decoded decoded = SourceDecoder.decode(name, Files.readAllBytes(file));
            return Optional.of(decoded instanceof SourceDecoder.Text t ? t.text() : ((SourceDecoder.Rejected) decoded).shown());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
