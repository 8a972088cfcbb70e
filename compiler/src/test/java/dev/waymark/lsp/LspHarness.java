package dev.waymark.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An editor in a test: a real LSP4J client talking JSON-RPC to the server over piped streams,
 * recording every `publishDiagnostics`.
 */
final class LspHarness implements AutoCloseable {
    final LanguageServer server;
    final WaymarkLanguageServer impl;
    private final Recorder client = new Recorder();
    private final Launcher<Remote> clientSide;
    private int version;

    private LspHarness(Path root) throws Exception {
        // channel pipes, not Piped*Stream: those fail a read once the thread that last wrote has ended
        // (the server's worker ends at `shutdown`), which made the client miss the last answers
        java.nio.channels.Pipe toServer = java.nio.channels.Pipe.open();
        java.nio.channels.Pipe toClient = java.nio.channels.Pipe.open();
        java.io.InputStream serverIn = java.nio.channels.Channels.newInputStream(toServer.source());
        java.io.OutputStream clientOut = java.nio.channels.Channels.newOutputStream(toServer.sink());
        java.io.InputStream clientIn = java.nio.channels.Channels.newInputStream(toClient.source());
        java.io.OutputStream serverOut = java.nio.channels.Channels.newOutputStream(toClient.sink());
        impl = new WaymarkLanguageServer(Duration.ofMillis(20));
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
        impl.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        clientSide = new LSPLauncher.Builder<Remote>().setLocalService(client).setRemoteInterface(Remote.class)
                .setInput(clientIn).setOutput(clientOut).create();
        clientSide.startListening();
        server = clientSide.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        if (root != null) init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "ws")));
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    static LspHarness start(Path root) throws Exception {
        return new LspHarness(root);
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "journey", ++version, text)));
    }

    void change(String uri, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Waits until the latest diagnostics published for the URI satisfy the condition, and returns them. */
    List<org.eclipse.lsp4j.Diagnostic> awaitDiagnostics(String uri, Predicate<List<org.eclipse.lsp4j.Diagnostic>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams last = client.latest.get(uri);
            if (last != null && condition.test(last.getDiagnostics())) return last.getDiagnostics();
            Thread.sleep(10);
        }
        throw new AssertionError("no matching diagnostics for " + uri + "; last: " + client.latest.get(uri));
    }

    /** The server as a client sees it, with Waymark's own request. */
    interface Remote extends LanguageServer {
        @org.eclipse.lsp4j.jsonrpc.services.JsonRequest("waymark/preview")
        CompletableFuture<com.google.gson.JsonObject> preview(com.google.gson.JsonObject params);
    }

    /** `waymark/preview`, as an editor sends it. */
    com.google.gson.JsonObject preview(com.google.gson.JsonObject params) throws Exception {
        return clientSide.getRemoteProxy().preview(params).get(60, TimeUnit.SECONDS);
    }

    boolean published(String uri) {
        return client.latest.containsKey(uri);
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        impl.exitCode().get(60, TimeUnit.SECONDS);
    }

    private static final class Recorder implements LanguageClient {
        final Map<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            latest.put(diagnostics.getUri(), diagnostics);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
