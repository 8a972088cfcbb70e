package dev.waymark.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Folder and file events: each one makes the next check see the workspace as it is now. */
final class WaymarkWorkspaceService implements WorkspaceService {
    private final Session session;

    WaymarkWorkspaceService(Session session) {
        this.session = session;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // settings live in waymark.yaml, which every check reads again
        session.changed();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        session.changed();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (params.getEvent() == null) return;
        for (WorkspaceFolder f : params.getEvent().getRemoved()) OpenDocument.fileOf(f.getUri()).ifPresent(session::removeFolder);
        for (WorkspaceFolder f : params.getEvent().getAdded()) OpenDocument.fileOf(f.getUri()).ifPresent(session::addFolder);
    }
}
