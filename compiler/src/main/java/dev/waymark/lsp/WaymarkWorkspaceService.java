package dev.waymark.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Folder and file events: each one makes the next check see the workspace as it is now. */
final class WaymarkWorkspaceService implements WorkspaceService {
    private final Session session;

    WaymarkWorkspaceService(Session session) {
        this.session = session;
    }

    /** Enough for a picker; a query of one letter in a large workspace would otherwise return everything. */
    static final int SYMBOL_LIMIT = 500;

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(WorkspaceSymbolParams params) {
        return session.query("workspace/symbol", () -> {
            List<WorkspaceSymbol> found = new ArrayList<>();
            for (Snapshot s : session.snapshots()) found.addAll(Symbols.matching(s, params.getQuery(), SYMBOL_LIMIT - found.size()));
            return Either.<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>forRight(found);
        }, Either.forRight(List.of()));
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // settings live in waymark.yaml, which every check reads again
        session.changed();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params.getChanges() == null) return;
        List<java.nio.file.Path> paths = new ArrayList<>();
        for (var event : params.getChanges()) OpenDocument.fileOf(event.getUri()).ifPresent(paths::add);
        session.filesChanged(paths);
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (params.getEvent() == null) return;
        for (WorkspaceFolder f : params.getEvent().getRemoved()) OpenDocument.fileOf(f.getUri()).ifPresent(session::removeFolder);
        for (WorkspaceFolder f : params.getEvent().getAdded()) OpenDocument.fileOf(f.getUri()).ifPresent(session::addFolder);
    }
}
