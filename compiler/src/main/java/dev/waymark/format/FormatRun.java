package dev.waymark.format;

import dev.waymark.InputException;
import dev.waymark.model.SourceText;
import dev.waymark.resolve.WorkspaceLoader;
import dev.waymark.util.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            String text;
            try {
                byte[] bytes = Files.readAllBytes(e.getValue());
                text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
            } catch (IOException ex) {
                throw new InputException("cannot read " + e.getKey() + ": " + ex.getMessage(), ex);
            }
            Optional<String> formatted = Formatter.format(new SourceText(e.getKey(), text));
            if (formatted.isEmpty()) {
                unparsable.add(e.getKey());
            } else if (!formatted.get().equals(text)) {
                changed.add(e.getKey());
                if (write) {
                    try {
                        AtomicFiles.write(e.getValue(), formatted.get().getBytes(StandardCharsets.UTF_8));
                    } catch (IOException ex) {
                        throw new InputException("cannot write " + e.getKey() + ": " + ex.getMessage(), ex);
                    }
                }
            }
        }
        return new Result(files.size(), List.copyOf(changed), List.copyOf(unparsable));
    }
}
