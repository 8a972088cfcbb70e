package dev.waymark.lsp;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Runs the server over a pair of streams (the CLI passes stdin/stdout) until `exit` or end of input. */
public final class LanguageServerRunner {
    private LanguageServerRunner() {
    }

    /** Blocks; returns the exit code: 0 after `shutdown` + `exit`, 1 when the client left without `shutdown`. */
    public static int run(InputStream in, OutputStream out) throws InterruptedException {
        WaymarkLanguageServer server = new WaymarkLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Integer> ended = server.exitCode();
        // the client closing the stream without `exit` also ends the server (exit code 1, as LSP asks)
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                Log.error("connection failed", e.getCause());
            }
            ended.complete(1);
        }, "waymark-lsp-connection");
        watcher.setDaemon(true);
        watcher.start();
        try {
            return ended.get();
        } catch (ExecutionException e) {
            return 1;
        }
    }
}
