package dev.waymark.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Rendered files by name, each kept with the fingerprint of what it was made from: a file is made again only when that changes. */
final class Cache {
    private record Kept(Object key, Preview.Page page) {
    }

    private final Map<String, Kept> byName = new ConcurrentHashMap<>();
    private final AtomicInteger made = new AtomicInteger();

    Preview.Page get(String name, Object key, Supplier<byte[]> make) {
        Kept kept = byName.get(name);
        if (kept != null && Objects.equals(kept.key(), key)) return kept.page();
        made.incrementAndGet();
        byte[] bytes = make.get();
        Preview.Page page = new Preview.Page(bytes, hash(bytes));
        byName.put(name, new Kept(key, page));
        return page;
    }

    /** How many files were made, not taken from the cache: what the cache saves is measurable. */
    int made() {
        return made.get();
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
