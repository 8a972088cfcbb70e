package dev.waymark.format;

import dev.waymark.InputException;
import dev.waymark.resolve.WorkspaceLoader;
import dev.waymark.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Formats every `.journey` file under some paths; writes them back (atomically) when asked. */
public final class FormatRun {
    private FormatRun() {
    }

    public record Result(int files, List<String> changed, List<String> unparsable) {
    }

    public static Result run(List<Path> roots, Path workingDir, boolean write) throws InputException {
        List<String> changed = new ArrayList<>();
        List<String> unparsable = new ArrayList<>();
        Map<String, Path> files = WorkspaceLoader.discover(roots, workingDir);
        for (Map.Entry<String, Path> e : files.entrySet()) {
            if (!Files.isRegularFile(e.getValue())) {
                // a folder or a named pipe called *.journey: `check` reports it; reading a pipe would hang
                unparsable.add(e.getKey());
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(e.getValue());
            } catch (IOException ex) {
                throw new InputException("cannot read " + e.getKey() + ": " + ex.getMessage(), ex);
            }
            Optional<byte[]> formatted = Formatter.format(e.getKey(), bytes);
            if (formatted.isEmpty()) {
                unparsable.add(e.getKey());
            } else if (!Arrays.equals(formatted.get(), bytes)) {
                changed.add(e.getKey());
                if (write) {
                    try {
                        AtomicFiles.write(e.getValue(), formatted.get());
                    } catch (IOException ex) {
                        throw new InputException("cannot write " + e.getKey() + ": " + dev.waymark.util.IoProblems.why(ex, e.getValue()), ex);
                    }
                }
            }
        }
        return new Result(files.size(), List.copyOf(changed), List.copyOf(unparsable));
    }
}
