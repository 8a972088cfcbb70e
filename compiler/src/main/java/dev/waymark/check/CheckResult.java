package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;

import java.util.List;

/**
 * The outcome of checking a workspace: the workspace itself and its diagnostics in canonical
 * order. With a baseline, `diagnostics` and `summary` hold only the new findings and
 * `baselined` those the baseline records (reported as such, never failing the check).
 */
public record CheckResult(Workspace workspace, List<Diagnostic> diagnostics, Summary summary, List<Diagnostic> baselined) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        baselined = List.copyOf(baselined);
    }

    public CheckResult(Workspace workspace, List<Diagnostic> diagnostics, Summary summary) {
        this(workspace, diagnostics, summary, List.of());
    }
}
