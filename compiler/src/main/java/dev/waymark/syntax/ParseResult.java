package dev.waymark.syntax;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.JourneyFile;
import dev.waymark.model.SourceText;

import java.util.List;

/** What parsing one file gives: its syntax tree (possibly partial) and its `syntax` diagnostics. */
public record ParseResult(SourceText source, JourneyFile file, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }
}
