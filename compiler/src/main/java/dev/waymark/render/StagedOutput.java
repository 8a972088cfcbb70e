package dev.waymark.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A render's files go to `--out` all together or not at all. They are written into a staging
 * folder beside it (same file system, so a move is a rename); the commit then moves each into
 * place, keeping every file it replaces or removes in a backup folder, also beside it, until the
 * last move is done. A failure, or SIGINT/SIGTERM (a shutdown hook), before that point undoes the
 * moves from the backup: `--out` is as it was. Every step holds this object's lock, so the hook
 * waits for the step under way and never sees half of one.
 */
final class StagedOutput implements AutoCloseable {
    private enum State { STAGING, COMMITTING, DONE, ABORTED }

    /** One change the commit made to `out`: a file added, one replaced (the old one in the backup), one removed (into the backup). */
    private enum Change { ADDED, REPLACED, REMOVED }

    private record Step(Change change, String name) {
    }

    /** Thrown into the render when a signal aborted it. */
    static final class Interrupted extends IOException {
        Interrupted(Path out) {
            super("interrupted; nothing was written, " + out + " is as it was");
        }
    }

    /** What the commit did besides writing: files of an earlier run it removed, and those it left because they changed. */
    record Commit(List<Path> removed, List<String> kept) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path out;
    private final Path staging;
    private final Path backup;
    private final Map<String, Manifest.Entry> staged = new TreeMap<>();
    private final List<Step> journal = new ArrayList<>();
    private final Thread hook;
    private final PrintStream console;
    private Runnable beforeStep = () -> { };
    private State state = State.STAGING;
    private boolean backupMade;
    private boolean createdOut;

    private StagedOutput(Path out, PrintStream console) throws IOException {
        this.out = out;
        this.console = console;
        String tag = "." + out.getFileName() + ".waymark-" + Long.toHexString(RANDOM.nextLong());
        Path parent = out.getParent();
        Files.createDirectories(parent);
        this.staging = Files.createDirectory(parent.resolve(tag + ".staging"));
        this.backup = parent.resolve(tag + ".backup");
        this.hook = new Thread(this::onSignal, "waymark-render-abort");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts a render into `out` (which need not exist); `console` hears what a signal undid. */
    static StagedOutput begin(Path out, PrintStream console) throws IOException {
        return new StagedOutput(out.toAbsolutePath().normalize(), console);
    }

    /** The files staged so far, by name. */
    synchronized List<String> names() {
        return List.copyOf(staged.keySet());
    }

    /** Stages one file; thread-safe. */
    void write(String name, RenderFormat format, byte[] bytes) throws IOException {
        write(name, format, sink -> sink.write(bytes));
    }

    /**
     * Stages one file streamed by `content`, hashed on the way for the manifest; thread-safe.
     * The file is created under the lock (so a signal sees it or not at all) and written outside
     * it, so that maps render in parallel; a file whose content fails is removed, not staged.
     */
    void write(String name, RenderFormat format, Site.Output.Content content) throws IOException {
        Path file = staging.resolve(name);
        OutputStream raw;
        synchronized (this) {
            if (state != State.STAGING) throw new Interrupted(out);
            if (!Manifest.safeName(name) || staged.containsKey(name)) throw new IllegalArgumentException("bad or repeated output name " + name);
            raw = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        MessageDigest sha = Manifest.sha256();
        boolean written = false;
        // buffered: Jackson hands over 8 kB at a time, and each write to the file is a system call
        try (OutputStream sink = new DigestOutputStream(new BufferedOutputStream(raw, 1 << 15), sha)) {
            content.writeTo(sink);
            written = true;
        } finally {
            if (!written) Files.deleteIfExists(file);
        }
        synchronized (this) {
            if (state != State.STAGING) throw new Interrupted(out);
            staged.put(name, new Manifest.Entry(name, format, HexFormat.of().formatHex(sha.digest())));
        }
    }

    /**
     * Moves the staged files into `out` and removes the files an earlier run wrote in one of
     * `formats` that this run did not write (when they are unchanged); then writes the manifest.
     */
    Commit commit(Set<RenderFormat> formats) throws IOException {
        Manifest previous;
        synchronized (this) {
            if (state != State.STAGING) throw new Interrupted(out);
            state = State.COMMITTING;
            previous = Manifest.read(out).orElse(new Manifest(List.of()));
        }
        List<Path> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Manifest.Entry> entries = new ArrayList<>(staged.values());
        try {
            for (String name : staged.keySet()) step(() -> place(name));
            for (Manifest.Entry old : previous.entries()) {
                if (staged.containsKey(old.name())) continue;
                if (!formats.contains(old.format())) {
                    entries.add(old);
                    continue;
                }
                Path file = out.resolve(old.name());
                if (!Files.isRegularFile(file)) continue;
                if (!Manifest.sha256(Files.readAllBytes(file)).equals(old.sha256())) {
                    kept.add(old.name());
                    continue;
                }
                step(() -> remove(old.name()));
                removed.add(file);
            }
            byte[] manifest = new Manifest(entries).toJson();
            Files.write(staging.resolve(Manifest.FILE), manifest);
            step(() -> place(Manifest.FILE));
            synchronized (this) {
                if (state != State.COMMITTING) throw new Interrupted(out);
                state = State.DONE;
            }
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                if (state == State.COMMITTING) undo();
            }
            throw e;
        }
        return new Commit(List.copyOf(removed), List.copyOf(kept));
    }

    private interface Io {
        void run() throws IOException;
    }

    /** For tests: runs before each step of the commit, outside the lock, as a signal could arrive. */
    void beforeEachStep(Runnable r) {
        this.beforeStep = r;
    }

    private void step(Io io) throws IOException {
        beforeStep.run();
        synchronized (this) {
            if (state != State.COMMITTING) throw new Interrupted(out);
            io.run();
        }
    }

    private void place(String name) throws IOException {
        Path target = out.resolve(name);
        if (!Files.isDirectory(out)) {
            Files.createDirectories(out);
            createdOut = true;
        }
        if (Files.exists(target)) {
            move(target, backupOf(name));
            journal.add(new Step(Change.REPLACED, name));
        } else {
            journal.add(new Step(Change.ADDED, name));
        }
        move(staging.resolve(name), target);
    }

    private void remove(String name) throws IOException {
        move(out.resolve(name), backupOf(name));
        journal.add(new Step(Change.REMOVED, name));
    }

    private Path backupOf(String name) throws IOException {
        if (!backupMade) {
            Files.createDirectory(backup);
            backupMade = true;
        }
        return backup.resolve(name);
    }

    /** Puts back what the commit changed, newest step first; the caller holds the lock. */
    private void undo() {
        state = State.ABORTED;
        List<String> failed = new ArrayList<>();
        for (int i = journal.size() - 1; i >= 0; i--) {
            Step s = journal.get(i);
            try {
                if (s.change() == Change.ADDED) Files.deleteIfExists(out.resolve(s.name()));
                else move(backup.resolve(s.name()), out.resolve(s.name()));
            } catch (IOException e) {
                failed.add(s.toString() + ": " + e.getMessage());
            }
        }
        journal.clear();
        if (createdOut) {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                failed.add("remove " + out + ": " + e.getMessage());
            }
        }
        if (!failed.isEmpty()) {
            console.println("waymark: could not restore every file of " + out + "; the old ones are in " + backup + ": " + failed);
            return;
        }
        deleteTree(backup);
    }

    /** Ends the run: after a commit only the staging and backup folders go; otherwise every change is undone. */
    @Override
    public void close() {
        synchronized (this) {
            if (state == State.STAGING || state == State.COMMITTING) undo();
            deleteTree(staging);
            if (state == State.DONE) deleteTree(backup);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it did the same
        }
    }

    /** What the shutdown hook does on SIGINT or SIGTERM (package-visible so tests can send it at an exact point). */
    void onSignal() {
        synchronized (this) {
            if (state == State.DONE || state == State.ABORTED) return;
            boolean wasCommitting = state == State.COMMITTING;
            undo();
            deleteTree(staging);
            console.println("waymark: render interrupted " + (wasCommitting ? "while moving files into place; they were put back: " : "; nothing was written: ")
                    + out + " is as it was");
            console.flush();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover staging folder beside --out is untidy, not wrong; it is named for what it is
        }
    }
}
