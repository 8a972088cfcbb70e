package dev.waymark.syntax;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parse results by display path and content hash, so a keystroke in one file re-parses that
 * file only (the language server and `serve` keep one). Files on disk are first matched by modification time and size, so an unchanged
 * file is not even read again. Files may be parsed in parallel: each path is one thread's at a time.
 */
public final class ParseCache {
    private record Entry(byte[] hash, ParseResult result) {
    }

    private record Stamp(FileTime modified, long size) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();
    private final Map<String, ParseResult> lastClean = new ConcurrentHashMap<>();
    private final AtomicInteger parses = new AtomicInteger();

    public ParseResult parse(String path, byte[] bytes) {
        byte[] hash = sha256(bytes);
        Entry entry = byPath.get(path);
        if (entry != null && Arrays.equals(entry.hash(), hash)) return entry.result();
        parses.incrementAndGet();
        ParseResult result = SourceParser.parse(path, bytes);
        byPath.put(path, new Entry(hash, result));
        if (!result.hasErrors()) lastClean.put(path, result);
        return result;
    }

    /** The file as saved; a file whose time stamp and size did not change is taken from the cache unread. */
    public ParseResult parseFile(String path, Path file) throws IOException {
        // a folder, a named pipe or a broken link called *.journey: one diagnostic, never a read that hangs
        if (!Files.isRegularFile(file)) return SourceFiles.read(path, file);
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Stamp stamp = new Stamp(attributes.lastModifiedTime(), attributes.size());
        Entry entry = byPath.get(path);
        if (entry != null && stamp.equals(stamps.get(path))) return entry.result();
        ParseResult result = parse(path, Files.readAllBytes(file));
        stamps.put(path, stamp);
        return result;
    }

    /** An edited buffer: its stamp no longer describes what is cached, so the file is hashed again when closed. */
    public ParseResult parseBuffer(String path, byte[] bytes) {
        stamps.remove(path);
        return parse(path, bytes);
    }

    /** The latest parse of the file that had no syntax errors: completion's fallback while a line is half typed. */
    public Optional<ParseResult> lastClean(String path) {
        return Optional.ofNullable(lastClean.get(path));
    }

    /** Forgets files that are no longer part of the workspace. */
    public void retain(Set<String> paths) {
        byPath.keySet().retainAll(paths);
        stamps.keySet().retainAll(paths);
        lastClean.keySet().retainAll(paths);
    }

    /** How many times a file was actually parsed: what the cache saves is measurable. */
    public int parses() {
        return parses.get();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
