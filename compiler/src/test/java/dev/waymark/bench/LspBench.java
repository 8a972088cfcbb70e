package dev.waymark.bench;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The language server's latency as an editor sees it: `waymark lsp` started as its own process,
 * spoken to over stdio by an LSP4J client. On a generated workspace (bench/check-large-workspace.sh
 * makes target/bench/workspace-1000) it measures the first diagnostics after opening a file,
 * edit to new diagnostics over many edits (median, 95th percentile), and a rename of a step
 * that 100 other files reference.
 *
 * <p>Usage: {@code LspBench WORKSPACE [EDITS]} with the CLI's class path (see bench/lsp.sh).
 */
public final class LspBench {
    private static final class Client implements LanguageClient {
        private record Published(long at, PublishDiagnosticsParams params) {
        }

        private final List<Published> log = new ArrayList<>();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams p) {
            log.add(new Published(System.nanoTime(), p));
            notifyAll();
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams m) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams m) {
        }

        /** When diagnostics of `uri` with an error count that satisfies `errors` arrived, at or after `since` (nanoTime). */
        long await(String uri, java.util.function.IntPredicate errors, long since, long timeoutMs) throws InterruptedException {
            return awaitList(uri, found -> errors.test((int) found.stream()
                    .filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).count()), since, timeoutMs);
        }

        /** When diagnostics of `uri` that satisfy `wanted` arrived, at or after `since` (nanoTime). */
        synchronized long awaitList(String uri, java.util.function.Predicate<List<org.eclipse.lsp4j.Diagnostic>> wanted, long since,
                                    long timeoutMs) throws InterruptedException {
            long end = System.nanoTime() + timeoutMs * 1_000_000;
            int i = 0;
            while (true) {
                for (; i < log.size(); i++) {
                    Published p = log.get(i);
                    if (p.at() < since || !p.params().getUri().equals(uri)) continue;
                    if (wanted.test(p.params().getDiagnostics())) return p.at();
                }
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) throw new IllegalStateException("no such diagnostics for " + uri + " within " + timeoutMs + " ms");
                wait(left);
            }
        }
    }

    private LspBench() {
    }

    /**
     * CPU ticks (1/100 s: Linux's USER_HZ) per thread name (numbers folded: "GC Thread#0" and "#1" count
     * together) from /proc; empty where there is no /proc.
     */
    static java.util.Map<String, Long> threadsOf(long pid) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Paths.get("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[#-]?\\d+$", "");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.Map.of();
        }
        return out;
    }

    /** What each thread (by name) spent between two {@link #threadsOf} readings, in ms per event, those over 1 ms. */
    static String byThread(java.util.Map<String, Long> before, java.util.Map<String, Long> after, int events) {
        StringBuilder by = new StringBuilder();
        after.forEach((name, ticks) -> {
            long spent = ticks - before.getOrDefault(name, 0L);
            if (spent * 10 >= events) by.append(String.format(Locale.ROOT, " %s %.1f", name, spent * 10.0 / events));
        });
        return by.length() == 0 ? " (no /proc here)" : by.toString();
    }

    /** The CPU time (user and system, in nanoseconds) a process has used so far. */
    private static long cpuOf(Process process) {
        return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
    }

    public static void main(String[] args) throws Exception {
        Path ws = Paths.get(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        // 100 files that reference one step of journey-0000, for the rename
        for (int i = 0; i < 100; i++) {
            Files.writeString(ws.resolve(String.format(Locale.ROOT, "refs-%03d.journey", i)),
                    "journey refs-" + i + " \"References " + i + "\" {\n  owner @cx-leadership\n  reviewed 2026-10-01 by @head-of-cx\n"
                            + "  stage only \"Only\" {\n    step one \"One\" { emotion 0 }\n  }\n"
                            + "  opportunity fix \"Fix it\" {\n    addresses journey-0000.s5\n    owner @cx-leadership\n  }\n}\n");
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        // the JVM options the launcher (./waymark) gives `lsp`; WAYMARK_JAVA_OPTS comes after them, as there
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"));
        String opts = System.getenv("WAYMARK_JAVA_OPTS");
        if (opts != null && !opts.isBlank()) command.addAll(List.of(opts.trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.waymark.cli.WaymarkCli", "lsp"));
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(ws.resolveSibling("lsp-bench.log").toFile())).start();
        Client client = new Client();
        var launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        LanguageServer lsp = launcher.getRemoteProxy();
        try {
            long started = System.nanoTime();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(ws.toUri().toString(), "bench")));
            lsp.initialize(init).get(120, TimeUnit.SECONDS);
            lsp.initialized(new InitializedParams());
            Path file = ws.resolve("journey-0500.journey");
            String uri = file.toUri().toString();
            String text = Files.readString(file);
            String broken = text.replace("next s1 80%", "next nowhere 80%");
            // as an editor does: the file is opened as soon as the server is up, before it has read the workspace;
            // it has an unsaved error, so that its first diagnostics are not an empty list, which is never sent
            long opened = System.nanoTime();
            lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "journey", 1, broken)));
            long first = client.await(uri, n -> true, opened, 60_000);
            System.out.printf(Locale.ROOT, "first diagnostics after opening (server just started): %d ms%n", (first - opened) / 1_000_000);
            // the first look cannot bind `next nowhere` (that needs the other files): its unresolved-reference
            // comes with the whole-workspace check (a clean file is never published, so no other file can tell)
            long whole = client.awaitList(uri, found -> found.stream().anyMatch(d -> d.getCode() != null
                    && "unresolved-reference".equals(d.getCode().getLeft())), started, 300_000);
            System.out.printf(Locale.ROOT, "whole workspace checked: %d ms after initialize%n", (whole - started) / 1_000_000);
            Thread.sleep(500);

            List<Long> times = new ArrayList<>();
            long cpuBefore = cpuOf(server);
            java.util.Map<String, Long> threadsBefore = threadsOf(server.pid());
            for (int i = 0; i < edits; i++) {
                boolean breakIt = i % 2 == 1;
                long sent = System.nanoTime();
                lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, i + 2),
                        List.of(new TextDocumentContentChangeEvent(breakIt ? broken : text))));
                long got = client.await(uri, n -> breakIt ? n > 0 : n == 0, sent, 60_000);
                times.add((got - sent) / 1_000_000);
                Thread.sleep(100); // a pause between edits, as between words
            }
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            long median = sorted.get(sorted.size() / 2);
            long p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
            System.out.printf(Locale.ROOT, "edit to new diagnostics over %d edits: median %d ms, p95 %d ms, max %d ms (all: %s)%n",
                    edits, median, p95, sorted.get(sorted.size() - 1), times);
            // the server's CPU (every thread: the check, the protocol, GC and JIT) over the edits, per edit
            System.out.printf(Locale.ROOT, "server CPU per edit: %.1f ms%n", (cpuOf(server) - cpuBefore) / 1e6 / edits);
            System.out.println("  of which, by thread (ms per edit):" + byThread(threadsBefore, threadsOf(server.pid()), edits));

            Path target = ws.resolve("journey-0000.journey");
            String targetText = Files.readString(target);
            String targetUri = target.toUri().toString();
            lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(targetUri, "journey", 1, targetText)));
            int line = (int) targetText.substring(0, targetText.indexOf("step s5 ")).chars().filter(c -> c == '\n').count();
            int column = targetText.split("\n", -1)[line].indexOf("s5");
            long asked = System.nanoTime();
            WorkspaceEdit edit = lsp.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(targetUri),
                    new Position(line, column), "renamed-step")).get(60, TimeUnit.SECONDS);
            long renamed = System.nanoTime();
            int files = edit.getChanges().size();
            int changes = edit.getChanges().values().stream().mapToInt(List::size).sum();
            System.out.printf(Locale.ROOT, "rename of a step referenced from 100 files: %d ms (%d edits in %d files)%n",
                    (renamed - asked) / 1_000_000, changes, files);
            lsp.shutdown().get(10, TimeUnit.SECONDS);
            lsp.exit();
        } finally {
            server.waitFor(5, TimeUnit.SECONDS);
            server.destroyForcibly();
            for (int i = 0; i < 100; i++) Files.deleteIfExists(ws.resolve(String.format(Locale.ROOT, "refs-%03d.journey", i)));
        }
    }
}
