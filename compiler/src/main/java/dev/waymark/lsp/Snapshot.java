package dev.waymark.lsp;

import dev.waymark.syntax.ParseCache;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.SourceText;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One project's state at one moment: the workspace built from the files on disk overlaid with
 * the open buffers, the policy it is checked under, and which URI each display path stands for.
 * `configProblems` are what went wrong reading `waymark.yaml` (shown on that file).
 */
record Snapshot(Workspace workspace, Policy policy, Map<String, String> uris, List<Diagnostic> configProblems,
                ParseCache cache) {

    Snapshot {
        uris = Map.copyOf(uris);
        configProblems = List.copyOf(configProblems);
    }

    String uriOf(String path) {
        String uri = uris.get(path);
        return uri != null ? uri : path;
    }

    Optional<String> pathOf(String uri) {
        return uris.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).findFirst();
    }

    Optional<ParseResult> file(String path) {
        return workspace.files().stream().filter(f -> f.source().path().equals(path)).findFirst();
    }

    Optional<SourceText> source(String path) {
        return workspace.source(path);
    }

    DiagnosticMapper diagnostics() {
        return new DiagnosticMapper(this::source, this::uriOf);
    }
}
