package dev.waymark.render;

import dev.waymark.model.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * What a render run did: the journeys rendered, those skipped because of structural errors
 * (with the errors), the files written, the files of an earlier run it removed (journeys gone
 * or renamed), and warnings about formats that could not be produced (Graphviz missing or too
 * slow). `complete()` is false when the CLI must exit 1.
 */
public record RenderResult(List<String> rendered, List<Skipped> skipped, List<Path> files, List<Path> removed,
                           List<String> warnings, boolean formatMissing) {

    public RenderResult {
        rendered = List.copyOf(rendered);
        skipped = List.copyOf(skipped);
        files = List.copyOf(files);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    /** A journey that was not rendered, where it is declared and the errors that stopped it. */
    public record Skipped(String journey, String file, int line, List<Diagnostic> errors) {
        public Skipped {
            errors = List.copyOf(errors);
        }
    }

    public boolean complete() {
        return !rendered.isEmpty() && skipped.isEmpty() && !formatMissing;
    }
}
