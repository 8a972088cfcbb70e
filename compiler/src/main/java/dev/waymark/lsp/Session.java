package dev.waymark.lsp;

import dev.waymark.Waymark;
import dev.waymark.check.Rules;
import dev.waymark.model.Diagnostic;
import dev.waymark.syntax.ParseResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

import java.nio.file.Path;
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
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Rules rules = Rules.load();
    private final Duration debounce;
    private final ScheduledExecutorService worker;
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final List<Project> projects = new CopyOnWriteArrayList<>();
    private final Project loose = new Project(Optional.empty());
    private final AtomicLong generation = new AtomicLong();
    // worker thread only
    private final Map<Project, Cached> snapshots = new IdentityHashMap<>();
    private final Map<Project, IncrementalCheck> checks = new IdentityHashMap<>();
    private final Map<String, Mapped> mapped = new HashMap<>();
    private final Map<String, List<org.eclipse.lsp4j.Diagnostic>> published = new HashMap<>();
    // the first look at files opened before the first check: on a thread of its own, so it never waits behind that check
    private final FirstLook firstLook = new FirstLook(rules);
    private final java.util.concurrent.ExecutorService looker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "waymark-lsp-first-look");
        t.setDaemon(true);
        return t;
    });
    private final java.util.Set<String> looked = ConcurrentHashMap.newKeySet();
    private final Object publishing = new Object();
    private volatile boolean checkedOnce;
    private volatile LanguageClient client;
    private final java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();

    private record Cached(long generation, Snapshot snapshot) {
    }

    /** A file's diagnostics and what they became in LSP terms: equal findings are not mapped again. */
    private record Mapped(List<Diagnostic> found, List<org.eclipse.lsp4j.Diagnostic> lsp) {
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
        if (projects.stream().noneMatch(p -> p.root().orElseThrow().equals(normal))) {
            Project project = new Project(Optional.of(normal));
            projects.add(project);
            project.watch(this::changed);
        }
        changed();
    }

    void removeFolder(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        for (Project p : projects) {
            if (!p.root().orElseThrow().equals(normal)) continue;
            projects.remove(p);
            p.close();
        }
        changed();
    }

    void open(String uri, String text, int version) {
        documents.put(uri, OpenDocument.of(uri, text, version));
        if (!checkedOnce) {
            try {
                looker.execute(() -> lookAt(uri));
            } catch (RejectedExecutionException afterShutdown) {
                // nobody left to look
            }
        }
        changed();
    }

    /**
     * Before the workspace has been read once (seconds, in a large one), a file just opened is
     * checked alone by the rules that need no other file, and that is published at once; the
     * full check that follows replaces it.
     */
    private void lookAt(String uri) {
        try {
            OpenDocument doc = documents.get(uri);
            LanguageClient to = client;
            if (doc == null || to == null || checkedOnce) return;
            Project project = projectOf(doc);
            String path = project.displayOf(doc);
            dev.waymark.config.Policy policy = project.root().map(r -> {
                try {
                    return dev.waymark.config.PolicyLoader.load(r, Optional.empty(), rules.ids());
                } catch (dev.waymark.InputException | RuntimeException e) {
                    return dev.waymark.config.Policy.defaults();
                }
            }).orElse(dev.waymark.config.Policy.defaults());
            List<Diagnostic> found = firstLook.check(path, doc.text(), policy);
            dev.waymark.model.SourceText source = new dev.waymark.model.SourceText(path, doc.text());
            DiagnosticMapper mapper = new DiagnosticMapper(p -> p.equals(path) ? Optional.of(source) : Optional.empty(), p -> p.equals(path) ? uri : p);
            List<org.eclipse.lsp4j.Diagnostic> lsp = found.stream().filter(d -> d.span().file().equals(path)).map(mapper::map).toList();
            synchronized (publishing) {
                if (checkedOnce) return;
                looked.add(uri);
                to.publishDiagnostics(new PublishDiagnosticsParams(uri, lsp));
            }
        } catch (RuntimeException | StackOverflowError e) {
            Log.error("first look failed", e);
        }
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

    /** The client says files changed on disk (as the server's own watcher does). */
    void filesChanged(List<Path> paths) {
        boolean matters = false;
        for (Project p : projects) matters |= p.touched(paths);
        if (matters) changed();
    }

    /** Something the workspace is made of changed (a buffer, a file on disk, a folder): check again, soon. */
    void changed() {
        generation.incrementAndGet();
        scheduleCheck();
    }

    /**
     * One check soon after the first change of a burst: the changes that arrive before it starts
     * ride along (it reads the buffers as they are then), one that arrives while it runs queues the next.
     */
    void scheduleCheck() {
        if (worker.isShutdown() || !queued.compareAndSet(false, true)) return;
        try {
            worker.schedule(() -> {
                queued.set(false);
                checkSafely();
            }, debounce.toMillis(), TimeUnit.MILLISECONDS);
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
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> now = new HashMap<>();
        List<Project> all = new ArrayList<>(projects);
        if (documents.values().stream().anyMatch(d -> projectOf(d) == loose)) all.add(loose);
        snapshots.keySet().retainAll(all);
        checks.keySet().retainAll(all);
        for (Project project : all) now.putAll(diagnostics(project));
        mapped.keySet().retainAll(now.keySet());
        LanguageClient to = client;
        if (to == null) return;
        synchronized (publishing) {
            TreeMap<String, List<org.eclipse.lsp4j.Diagnostic>> changed = new TreeMap<>(); // sent in URI order
            for (Map.Entry<String, List<org.eclipse.lsp4j.Diagnostic>> e : now.entrySet()) {
                // a file the first look published gets the full answer whatever was sent before
                List<org.eclipse.lsp4j.Diagnostic> before = published.getOrDefault(e.getKey(), List.of());
                if (looked.remove(e.getKey()) || (e.getValue() != before && !e.getValue().equals(before))) changed.put(e.getKey(), e.getValue());
            }
            for (String gone : published.keySet()) {
                if (!now.containsKey(gone) && !published.get(gone).isEmpty()) changed.put(gone, List.of());
            }
            changed.forEach((uri, found) -> to.publishDiagnostics(new PublishDiagnosticsParams(uri, found)));
            checkedOnce = true;
        }
        published.clear();
        published.putAll(now);
    }

    /** Every file of the project by URI, with its diagnostics (an empty list for a clean file). */
    private Map<String, List<org.eclipse.lsp4j.Diagnostic>> diagnostics(Project project) {
        long started = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Snapshot snapshot = snapshot(project);
        long built = System.nanoTime();
        IncrementalCheck incremental = checks.computeIfAbsent(project, p -> new IncrementalCheck(rules));
        List<Diagnostic> found = incremental.check(snapshot.workspace(), snapshot.policy(), Waymark.today());
        long checked = System.nanoTime();
        Map<String, List<Diagnostic>> byUri = new HashMap<>();
        for (Diagnostic d : snapshot.configProblems()) byUri.computeIfAbsent(snapshot.uriOf(d.span().file()), u -> new ArrayList<>()).add(d);
        for (Diagnostic d : found) byUri.computeIfAbsent(snapshot.uriOf(d.span().file()), u -> new ArrayList<>()).add(d);
        DiagnosticMapper mapper = snapshot.diagnostics();
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> out = new HashMap<>();
        // a clean file (most of them) is an empty list, the same one for all: nothing to map or compare
        for (ParseResult f : snapshot.workspace().files()) out.put(snapshot.uriOf(f.source().path()), List.of());
        for (Map.Entry<String, List<Diagnostic>> e : byUri.entrySet()) {
            Mapped before = mapped.get(e.getKey());
            if (before == null || !before.found().equals(e.getValue())) {
                before = new Mapped(e.getValue(), e.getValue().stream().map(mapper::map).toList());
                mapped.put(e.getKey(), before);
            }
            out.put(e.getKey(), before.lsp());
        }
        Log.info("checked " + snapshot.workspace().files().size() + " files in " + project.root().map(Path::toString).orElse("(loose buffers)")
                + ": workspace " + (built - started) / 1_000_000 + " ms, rules " + (checked - built) / 1_000_000 + " ms on "
                + incremental.lastChecked() + (incremental.lastChecked() == 1 ? " file" : " files") + ", "
                + (System.nanoTime() - checked) / 1_000_000 + " ms to publish; "
                + (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms CPU on this thread");
        return out;
    }

    void shutdown() {
        projects.forEach(Project::close);
        looker.shutdownNow();
        worker.shutdownNow();
    }
}
