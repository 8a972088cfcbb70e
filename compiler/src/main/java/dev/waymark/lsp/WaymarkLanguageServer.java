package dev.waymark.lsp;

import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Waymark language server: diagnostics as you type, formatting, go to definition, hover,
 * outline and completion for `.journey` files. A thin layer over the library: it parses with
 * {@code SourceParser}, resolves with {@code Workspace} and checks with {@code Waymark.check}.
 */
public final class WaymarkLanguageServer implements LanguageServer, LanguageClientAware {
    /**
     * How long after the first change of a burst the check starts: the rest of a burst (a paste,
     * an editor sending several changes) rides along. Short, because a check after an edit only
     * parses the file edited and re-runs the per-journey rules on the files it affects (see
     * IncrementalCheck), and changes that come while a check runs make one more check, not many.
     */
    public static final Duration DEBOUNCE = Duration.ofMillis(5);

    private final Session session;
    private final WaymarkTextDocumentService documents;
    private final WaymarkWorkspaceService workspace;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private volatile boolean shutdownRequested;
    private volatile boolean watchFiles;

    public WaymarkLanguageServer() {
        this(DEBOUNCE);
    }

    public WaymarkLanguageServer(Duration debounce) {
        this.session = new Session(debounce);
        this.documents = new WaymarkTextDocumentService(session);
        this.workspace = new WaymarkWorkspaceService(session);
    }

    @Override
    public void connect(LanguageClient client) {
        session.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            for (WorkspaceFolder f : folders) OpenDocument.fileOf(f.getUri()).ifPresent(session::addFolder);
        } else if (params.getRootUri() != null) {
            OpenDocument.fileOf(params.getRootUri()).ifPresent(session::addFolder);
        } else if (params.getRootPath() != null) {
            session.addFolder(Paths.get(params.getRootPath()));
        }
        watchFiles = Optional.ofNullable(params.getCapabilities())
                .map(c -> c.getWorkspace())
                .map(w -> w.getDidChangeWatchedFiles())
                .map(w -> Boolean.TRUE.equals(w.getDynamicRegistration()))
                .orElse(false);
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("waymark", version())));
    }

    static ServerCapabilities capabilities() {
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setDocumentFormattingProvider(true);
        caps.setDefinitionProvider(true);
        caps.setReferencesProvider(true);
        caps.setCodeActionProvider(true);
        caps.setHoverProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setWorkspaceSymbolProvider(true);
        caps.setRenameProvider(Either.forRight(new RenameOptions(true)));
        caps.setFoldingRangeProvider(true);
        caps.setDocumentLinkProvider(new DocumentLinkOptions(false));
        caps.setCompletionProvider(new CompletionOptions(false, List.of(" ", "@", ",", ".")));
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(folders));
        return caps;
    }

    @Override
    public void initialized(InitializedParams params) {
        if (watchFiles) {
            // files changed outside the editor (git checkout, another tool) count too
            var options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/*.journey")), new FileSystemWatcher(Either.forLeft("**/waymark.yaml"))));
            session.client().ifPresent(c -> c.registerCapability(new RegistrationParams(List.of(
                    new Registration("waymark-watch", "workspace/didChangeWatchedFiles", options)))));
        }
        // show the problems of every file at once, not only of the files opened
        session.changed();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        session.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        session.shutdown();
        exit.complete(shutdownRequested ? 0 : 1);
    }

    /** Completes with the process exit code when the client sends `exit`: 0 after `shutdown`, else 1. */
    public CompletableFuture<Integer> exitCode() {
        return exit;
    }

    /** `waymark/preview`: the SVG map of the journey named, or the one at a position, or the document's first. */
    @JsonRequest("waymark/preview")
    public CompletableFuture<MapPreview.Result> preview(MapPreview.Params params) {
        return documents.preview(params);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static String version() {
        String v = WaymarkLanguageServer.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
