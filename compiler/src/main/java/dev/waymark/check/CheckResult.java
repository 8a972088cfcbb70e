package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;

import java.util.List;

/** The outcome of checking a workspace: the workspace itself and its diagnostics in canonical order. */
public record CheckResult(Workspace workspace, List<Diagnostic> diagnostics, Summary summary) {
}
