package dev.waymark.lsp;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.model.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The server's state: the open buffers, a {@link Project} per workspace folder (plus one for
 * loose buffers), and the diagnostics last published per URI. Edits arrive on the protocol
 * thread; every analysis (checks and queries) runs on one worker thread, so the caches need no
 * locking and a query always sees the buffers as they are now.
 */
final class Session {
    private final Rules rules = Rules.load();
    private final Duration debounce;
    private final ScheduledExecutorService worker;
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final List<Project> projects = new CopyOnWriteArrayList<>();
    private final Project loose = new Project(Optional.empty());
    private final AtomicLong generation = new AtomicLong();
    // worker thread only
    private final Map<Project, Cached> snapshots = new IdentityHashMap<>();
    private final Map<String, List<org.eclipse.lsp4j.Diagnostic>> published = new HashMap<>();
    private volatile LanguageClient client;
    private ScheduledFuture<?> pending;

    private record Cached(long generation, Snapshot snapshot) {
    }

    Session(Duration debounce) {
        this.debounce = debounce;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "waymark-lsp-worker");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.worker = executor;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    Optional<LanguageClient> client() {
        return Optional.ofNullable(client);
    }

    void addFolder(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        if (projects.stream().noneMatch(p -> p.root().orElseThrow().equals(normal))) projects.add(new Project(Optional.of(normal)));
        changed();
    }

    void removeFolder(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        projects.removeIf(p -> p.root().orElseThrow().equals(normal));
        changed();
    }

    void open(String uri, String text, int version) {
        documents.put(uri, OpenDocument.of(uri, text, version));
        changed();
    }

    void change(String uri, String text, int version) {
        documents.compute(uri, (u, old) -> old == null ? OpenDocument.of(u, text, version) : old.withText(text, version));
        changed();
    }

    void close(String uri) {
        documents.remove(uri);
        changed();
    }

    Optional<OpenDocument> document(String uri) {
        return Optional.ofNullable(documents.get(uri));
    }

    /** Something the workspace is made of changed (a buffer, a file on disk, a folder): check again, soon. */
    void changed() {
        generation.incrementAndGet();
        scheduleCheck();
    }

    synchronized void scheduleCheck() {
        if (worker.isShutdown()) return;
        if (pending != null) pending.cancel(false);
        try {
            pending = worker.schedule(this::checkSafely, debounce.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException afterShutdown) {
            // an edit that arrives after `shutdown` has nobody left to check it
        }
    }

    /** Runs a query on the worker; a failure is logged and answered with the fallback, never a dead server. */
    <T> CompletableFuture<T> query(String what, Supplier<T> task, T fallback) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.get();
            } catch (org.eclipse.lsp4j.jsonrpc.ResponseErrorException refused) {
                throw refused; // an answer for the user (a rename that cannot be done), not a failure
            } catch (RuntimeException | StackOverflowError e) {
                Log.error(what + " failed", e);
                return fallback;
            }
        }, worker);
    }

    /** The file behind a URI, parsed as it is now, and the snapshot of its project (worker thread). */
    Optional<InFile> inFile(String uri) {
        Optional<OpenDocument> doc = document(uri);
        Optional<Path> file = doc.map(OpenDocument::file).orElseGet(() -> OpenDocument.fileOf(uri));
        Project project = doc.map(this::projectOf).orElseGet(() -> file.flatMap(this::projectOf).orElse(loose));
        Snapshot snapshot = snapshot(project);
        String path = doc.map(project::displayOf).orElseGet(() -> snapshot.pathOf(uri).orElse(uri));
        return snapshot.file(path).map(parsed -> new InFile(snapshot, parsed, doc.map(OpenDocument::text).orElse(parsed.source().text())));
    }

    /** The snapshot of every project, loose buffers included (worker thread). */
    List<Snapshot> snapshots() {
        List<Snapshot> all = new ArrayList<>();
        for (Project p : projects) all.add(snapshot(p));
        if (documents.values().stream().anyMatch(d -> projectOf(d) == loose)) all.add(snapshot(loose));
        return all;
    }

    /** A file of a snapshot, with its current text. */
    record InFile(Snapshot snapshot, dev.waymark.syntax.ParseResult parsed, String text) {
    }

    private Project projectOf(OpenDocument doc) {
        return doc.file().flatMap(this::projectOf).orElse(loose);
    }

    /** The innermost workspace folder holding the file. */
    private Optional<Project> projectOf(Path file) {
        return projects.stream().filter(p -> p.contains(file))
                .max(Comparator.comparingInt(p -> p.root().orElseThrow().getNameCount()));
    }

    private Snapshot snapshot(Project project) {
        long now = generation.get();
        Cached cached = snapshots.get(project);
        if (cached != null && cached.generation() == now) return cached.snapshot();
        List<OpenDocument> buffers = documents.values().stream().filter(d -> projectOf(d) == project).toList();
        Snapshot snapshot = project.snapshot(buffers, rules);
        snapshots.put(project, new Cached(now, snapshot));
        return snapshot;
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException | StackOverflowError e) {
            Log.error("check failed", e);
        }
    }

    /** Checks every project and publishes what changed since the last time, clearing files that became clean. */
    void check() {
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> now = new TreeMap<>();
        List<Project> all = new ArrayList<>(projects);
        if (documents.values().stream().anyMatch(d -> projectOf(d) == loose)) all.add(loose);
        snapshots.keySet().retainAll(all);
        for (Project project : all) now.putAll(diagnostics(project));
        LanguageClient to = client;
        if (to == null) return;
        for (Map.Entry<String, List<org.eclipse.lsp4j.Diagnostic>> e : now.entrySet()) {
            if (!e.getValue().equals(published.getOrDefault(e.getKey(), List.of()))) {
                to.publishDiagnostics(new PublishDiagnosticsParams(e.getKey(), e.getValue()));
            }
        }
        for (String gone : published.keySet()) {
            if (!now.containsKey(gone) && !published.get(gone).isEmpty()) to.publishDiagnostics(new PublishDiagnosticsParams(gone, List.of()));
        }
        published.clear();
        published.putAll(now);
    }

    /** Every file of the project by URI, with its diagnostics (an empty list for a clean file). */
    private Map<String, List<org.eclipse.lsp4j.Diagnostic>> diagnostics(Project project) {
        long started = System.nanoTime();
        Snapshot snapshot = snapshot(project);
        long built = System.nanoTime();
        Path workingDir = project.root().orElse(Paths.get("").toAbsolutePath());
        Waymark.CheckRequest request = new Waymark.CheckRequest(List.of(), workingDir, snapshot.policy(), Waymark.today(),
                ChangeHistory.NONE, rules);
        CheckResult result = Waymark.check(snapshot.workspace(), request);
        Log.info("checked " + snapshot.workspace().files().size() + " files in " + project.root().map(Path::toString).orElse("(loose buffers)")
                + ": workspace " + (built - started) / 1_000_000 + " ms, rules " + (System.nanoTime() - built) / 1_000_000 + " ms");
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> byUri = new HashMap<>();
        snapshot.workspace().files().forEach(f -> byUri.put(snapshot.uriOf(f.source().path()), new ArrayList<>()));
        DiagnosticMapper mapper = snapshot.diagnostics();
        List<Diagnostic> all = new ArrayList<>(snapshot.configProblems());
        all.addAll(result.diagnostics());
        for (Diagnostic d : all) {
            byUri.computeIfAbsent(snapshot.uriOf(d.span().file()), u -> new ArrayList<>()).add(mapper.map(d));
        }
        return byUri;
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
