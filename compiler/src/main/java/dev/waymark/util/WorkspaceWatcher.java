package dev.waymark.util;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything below them with the JDK's WatchService (inotify on Linux:
 * events arrive within milliseconds) and calls back once per burst of changes: an editor's
 * save is often a write, a rename and a delete, and one rebuild should answer all of them.
 * Folders created later are watched too; hidden folders, `target` and `node_modules` are not
 * (the workspace loader skips them as well). `serve` and the language server both use it.
 */
public final class WorkspaceWatcher implements AutoCloseable {
    /**
     * What one burst touched: the `.journey` files, `waymark.yaml` files, new folders and deleted
     * entries; `lost` when the system dropped events (then anything may have changed).
     */
    public record Burst(Set<Path> paths, boolean lost) {
        public Burst {
            paths = Set.copyOf(paths);
        }
    }

    /** How long a burst may last: long enough to gather one save (its events come within a millisecond or two), far below what a reader notices. */
    public static final long QUIET_MILLIS = 10;

    private final WatchService service;
    private final Consumer<Burst> onChange;
    private final Set<Path> watched = new HashSet<>();
    private final Thread thread;

    public WorkspaceWatcher(Collection<Path> roots, Consumer<Burst> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        watchAll(roots);
        this.thread = new Thread(this::loop, "waymark-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches each root: a folder with everything below it, a file through its folder alone. */
    public synchronized void watchAll(Collection<Path> roots) throws IOException {
        for (Path root : roots) {
            if (Files.isDirectory(root)) watch(root);
            else watchOne(root.toAbsolutePath().getParent());
        }
    }

    /** One folder, not what is below it: the folder of waymark.yaml may hold far more than maps. */
    public synchronized void watchOne(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) return;
        Path normal = folder.toAbsolutePath().normalize();
        if (watched.add(normal)) {
            normal.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    /** Adds a folder (and its subfolders) to watch: the folder of waymark.yaml, a new source root. */
    public synchronized void watch(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) return;
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(folder) && dev.waymark.config.Sources.skippedFolder(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                watchOne(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> touched = new HashSet<>();
                boolean lost = handle(key, touched);
                // gather the rest of the burst
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) lost |= handle(more, touched);
                if (lost || !touched.isEmpty()) {
                    try {
                        onChange.accept(new Burst(touched, lost));
                    } catch (RuntimeException e) {
                        System.err.println("waymark: acting on a file change failed: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the server is stopping
        }
    }

    /** Adds what the key's events touched; true when events were lost. */
    private boolean handle(WatchKey key, Set<Path> touched) {
        boolean lost = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            String name = child.getFileName().toString();
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    watch(child);
                } catch (IOException e) {
                    System.err.println("waymark: cannot watch " + child + ": " + e.getMessage());
                }
                touched.add(child);
            } else if (name.endsWith(".journey") || name.equals("waymark.yaml") || event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                touched.add(child);
            }
        }
        if (!key.reset()) {
            synchronized (this) {
                watched.remove(dir);
            }
        }
        return lost;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
