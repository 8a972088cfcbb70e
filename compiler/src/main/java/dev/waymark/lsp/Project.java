package dev.waymark.lsp;

import dev.waymark.InputException;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.config.PolicyLoader;
import dev.waymark.config.Sources;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import dev.waymark.syntax.ParseCache;
import dev.waymark.syntax.ParseResult;
import dev.waymark.util.WorkspaceWatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.file.Files;

/**
 * A workspace folder as Waymark sees it: its `waymark.yaml`, the `.journey` files under its
 * `sources` (else the whole folder), with the open buffers laid over them. Without a root it
 * holds the loose buffers that belong to no folder (checked on their own, default policy).
 *
 * <p>While the folder is watched ({@link #watched}), a snapshot after an edit reads nothing
 * from disk: the policy and the list of files are read again only when a watched change says
 * so (a `waymark.yaml`, a file created or deleted, a new folder, lost events), and a file is
 * looked at again only when it changed on disk or its buffer was closed. Unwatched, every
 * snapshot reads the policy and finds and stats every file, as the first version did.
 */
final class Project {
    private final Optional<Path> root;
    private final ParseCache cache = new ParseCache();
    // what the disk held at the last snapshot (worker thread only)
    private Policy policy = Policy.defaults();
    private List<Diagnostic> policyProblems = List.of();
    private TreeMap<String, Path> disk = new TreeMap<>();
    private final Map<String, String> diskUris = new HashMap<>();
    private final Map<String, ParseResult> fromDisk = new HashMap<>();
    private Set<String> openBefore = Set.of();
    private Optional<Snapshot> last = Optional.empty();
    // where each file is in the last snapshot's list (which is in path order)
    private final Map<String, Integer> positions = new HashMap<>();
    // what watched changes said since then (any thread)
    private final Set<Path> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean rescan = new AtomicBoolean(true);
    private volatile boolean watched;
    private WorkspaceWatcher watcher;

    Project(Optional<Path> root) {
        this.root = root.map(p -> p.toAbsolutePath().normalize());
    }

    Optional<Path> root() {
        return root;
    }

    boolean contains(Path file) {
        return root.isPresent() && file.startsWith(root.get());
    }

    ParseCache cache() {
        return cache;
    }

    /** The folders whose changes matter: the sources, and the folder of `waymark.yaml` (which may be above the root). */
    List<Path> watchedFolders() {
        List<Path> folders = new ArrayList<>(root.map(r -> Sources.resolveOr(policy, r, List.of(r))).orElse(List.of()));
        policy.file().map(Path::getParent).ifPresent(folders::add);
        return folders;
    }

    /**
     * Watches the folder from now on; `onChange` runs (on the watcher's thread) after a change
     * that matters. When the system cannot watch it, every snapshot reads the disk again.
     */
    synchronized void watch(Runnable onChange) {
        if (root.isEmpty() || watcher != null) return;
        try {
            watcher = new WorkspaceWatcher(List.of(root.get()), burst -> {
                if (burst.lost()) lost();
                if (burst.lost() | touched(burst.paths())) onChange.run();
            });
            watched = true;
        } catch (IOException | RuntimeException e) {
            Log.error("cannot watch " + root.get() + ", so every check reads the folder again", e);
        }
        rescan.set(true);
    }

    synchronized void close() {
        if (watcher == null) return;
        try {
            watcher.close();
        } catch (IOException e) {
            Log.error("closing the watcher of " + root.orElseThrow(), e);
        }
        watcher = null;
        watched = false;
    }

    /** Files or folders changed on disk; returns true when any of them can matter to this project. */
    boolean touched(Collection<Path> paths) {
        boolean matters = false;
        for (Path p : paths) {
            Path file = p.toAbsolutePath().normalize();
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (name.equals(PolicyLoader.FILE_NAME) || Files.isDirectory(file)) {
                rescan.set(true);
                matters = true;
            } else if (name.endsWith(".journey")) {
                // created or deleted: which files belong (sources, skipped folders) is the discovery's to say
                if (!Files.exists(file) || !diskHas(file)) rescan.set(true);
                dirty.add(file);
                matters = true;
            } else if (!Files.exists(file) && disk.values().stream().anyMatch(f -> f.startsWith(file))) {
                rescan.set(true); // a folder of maps deleted
                matters = true;
            }
        }
        return matters;
    }

    /** Changes were lost: read everything again. */
    void lost() {
        rescan.set(true);
    }

    private boolean diskHas(Path file) {
        return root.isPresent() && disk.containsKey(WorkspaceLoader.display(root.get(), file));
    }

    /** The display path of a buffer: relative to the root like the CLI's, else the file's or the URI itself. */
    String displayOf(OpenDocument doc) {
        if (root.isPresent() && doc.file().isPresent()) return WorkspaceLoader.display(root.get(), doc.file().get());
        return doc.file().map(Path::toString).orElse(doc.uri());
    }

    /** Reads the policy, finds the files and parses what changed; the buffers win over the disk. */
    Snapshot snapshot(Collection<OpenDocument> buffers, Rules rules) {
        boolean everything = rescan.getAndSet(false) || !watched;
        Set<Path> changedOnDisk = new HashSet<>();
        for (Iterator<Path> it = dirty.iterator(); it.hasNext(); ) {
            changedOnDisk.add(it.next());
            it.remove();
        }
        if (everything) readFolder(rules);
        Map<String, OpenDocument> open = new HashMap<>();
        for (OpenDocument doc : buffers) open.put(displayOf(doc), doc);
        if (!everything && changedOnDisk.isEmpty() && last.isPresent() && open.keySet().equals(openBefore)
                && positions.keySet().containsAll(open.keySet())) return typed(last.get(), open);
        Map<String, ParseResult> parsed = new ConcurrentHashMap<>();
        TreeMap<String, Object> inputs = new TreeMap<>(disk);
        inputs.putAll(open);
        inputs.entrySet().parallelStream().forEach(e -> {
            ParseResult result = parse(e.getKey(), e.getValue(), everything, changedOnDisk);
            if (result != null) parsed.put(e.getKey(), result);
        });
        List<ParseResult> files = new ArrayList<>();
        for (String path : inputs.keySet()) {
            ParseResult r = parsed.get(path);
            if (r == null) continue;
            files.add(r);
            if (!open.containsKey(path)) fromDisk.put(path, r);
        }
        fromDisk.keySet().retainAll(disk.keySet());
        openBefore = Set.copyOf(open.keySet());
        cache.retain(inputs.keySet());
        Optional<Snapshot> before = last;
        if (before.isPresent() && sameFiles(before.get().workspace().files(), files) && before.get().policy().equals(policy)
                && before.get().uris().equals(uris(open))) {
            return before.get();
        }
        Workspace ws = before.map(b -> new Workspace(files, b.workspace())).orElseGet(() -> new Workspace(files));
        positions.clear();
        for (int i = 0; i < files.size(); i++) positions.put(files.get(i).source().path(), i);
        Snapshot snapshot = new Snapshot(ws, policy, uris(open), policyProblems, cache);
        last = Optional.of(snapshot);
        return snapshot;
    }

    /**
     * The snapshot after typing, the common case: nothing changed on disk and the same buffers
     * are open, so only they are parsed again (one, after a keystroke) and the rest of the list,
     * the URIs and the policy are the last snapshot's, not looked at file by file.
     */
    private Snapshot typed(Snapshot before, Map<String, OpenDocument> open) {
        List<ParseResult> files = new ArrayList<>(before.workspace().files());
        boolean same = true;
        boolean sameUris = true;
        for (Map.Entry<String, OpenDocument> e : open.entrySet()) {
            ParseResult now = cache.parseBuffer(e.getKey(), e.getValue().text().getBytes(StandardCharsets.UTF_8));
            int at = positions.get(e.getKey());
            if (files.get(at) != now) {
                files.set(at, now);
                same = false;
            }
            sameUris &= e.getValue().uri().equals(before.uris().get(e.getKey()));
        }
        if (same && sameUris) return before;
        Snapshot snapshot = new Snapshot(new Workspace(files, before.workspace()), policy, sameUris ? before.uris() : uris(open),
                policyProblems, cache);
        last = Optional.of(snapshot);
        return snapshot;
    }

    /** The policy and the files on disk, read again. */
    private void readFolder(Rules rules) {
        List<Diagnostic> problems = new ArrayList<>();
        policy = root.map(r -> policy(r, rules, problems)).orElse(Policy.defaults());
        disk = root.map(r -> discover(r, policy, problems)).orElse(new TreeMap<>());
        policyProblems = List.copyOf(problems);
        diskUris.clear();
        disk.forEach((path, file) -> diskUris.put(path, file.toUri().toString()));
        for (Diagnostic p : problems) diskUris.putIfAbsent(p.span().file(), root.get().resolve(p.span().file()).toUri().toString());
        WorkspaceWatcher w = watcher;
        if (w != null) {
            try {
                w.watchAll(watchedFolders()); // sources outside the root, the folder of waymark.yaml
            } catch (IOException | RuntimeException e) {
                Log.error("cannot watch the sources of " + root.orElseThrow(), e);
            }
        }
    }

    private Map<String, String> uris(Map<String, OpenDocument> open) {
        if (open.isEmpty()) return diskUris;
        Map<String, String> uris = new HashMap<>(diskUris);
        open.forEach((path, doc) -> uris.put(path, doc.uri()));
        return uris;
    }

    /** A buffer as typed; a file from disk only when it may have changed there, else as read before. */
    private ParseResult parse(String path, Object input, boolean everything, Set<Path> changedOnDisk) {
        if (input instanceof OpenDocument doc) return cache.parseBuffer(path, doc.text().getBytes(StandardCharsets.UTF_8));
        Path file = (Path) input;
        ParseResult known = fromDisk.get(path);
        if (known != null && !everything && !openBefore.contains(path) && !changedOnDisk.contains(file)) return known;
        try {
            return cache.parseFile(path, file);
        } catch (IOException failed) {
            // deleted or unreadable since discovery: the file is simply not part of this check
            return null;
        }
    }

    private static boolean sameFiles(List<ParseResult> a, List<ParseResult> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    private static Policy policy(Path root, Rules rules, List<Diagnostic> problems) {
        try {
            return PolicyLoader.load(root, Optional.empty(), rules.ids());
        } catch (InputException | RuntimeException e) {
            // a broken waymark.yaml must not stop the editor: report it on the file and check with the defaults
            Path file = PolicyLoader.locate(root).orElse(root.resolve(PolicyLoader.FILE_NAME));
            problems.add(Diagnostic.of(RuleId.CONFIG, Severity.ERROR, SourceSpan.at(WorkspaceLoader.display(root, file), 1, 1),
                    String.valueOf(e.getMessage())));
            return Policy.defaults();
        }
    }

    private static TreeMap<String, Path> discover(Path root, Policy policy, List<Diagnostic> problems) {
        List<Path> sources = Sources.resolveOr(policy, root, List.of(root));
        try {
            return WorkspaceLoader.discover(sources, root);
        } catch (InputException | UncheckedIOException e) {
            Path file = policy.file().orElse(root.resolve(PolicyLoader.FILE_NAME));
            problems.add(Diagnostic.of(RuleId.CONFIG, Severity.ERROR, SourceSpan.at(WorkspaceLoader.display(root, file), 1, 1),
                    "sources: " + e.getMessage()));
            try {
                return WorkspaceLoader.discover(List.of(root), root);
            } catch (InputException again) {
                return new TreeMap<>();
            }
        }
    }
}
