package dev.waymark.render;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The base of each journey's file names. A plain lower-case id of up to 64 characters names
 * its files as it is (`checkout` -> `checkout.svg`); any other id (upper case, long, or a name
 * a file system reserves such as `con` or the site's own `index`) keeps a readable prefix and
 * gets a stable hash of the whole id (`Checkout-1f3a9c0b2e`). So no two ids share a file, on
 * case-insensitive file systems too, and a name never depends on which other journeys exist
 * (except for a collision no real id makes, settled by a longer hash).
 */
public final class FileNames {
    static final int MAX_PLAIN = 64;
    private static final int PREFIX = 48;
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9_][a-z0-9_-]*");
    private static final Set<String> RESERVED = reserved();

    private final Map<String, String> byId;

    private FileNames(Map<String, String> byId) {
        this.byId = byId;
    }

    /** The names for a run's journeys; ids are taken in sorted order so the result is the same every run. */
    public static FileNames of(Collection<String> ids) {
        Map<String, String> byId = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : new TreeSet<>(ids)) {
            String name = base(id);
            // `taken` holds lower-case names: two names that differ only in case are one file on macOS and Windows
            for (int n = 1; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = prefix(id) + "-" + hash(id + "#" + n, 16);
            byId.put(id, name);
        }
        return new FileNames(byId);
    }

    /** The base for one id on its own (what {@link #of} gives unless two ids collide). */
    public static String base(String id) {
        if (id.length() <= MAX_PLAIN && PLAIN.matcher(id).matches() && !RESERVED.contains(id)) return id;
        return prefix(id) + "-" + hash(id, 10);
    }

    public String of(String id) {
        String name = byId.get(id);
        if (name == null) throw new IllegalArgumentException("no file name planned for journey " + id);
        return name;
    }

    private static String prefix(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe.length() <= PREFIX ? safe : safe.substring(0, PREFIX);
    }

    static String hash(String text, int hexDigits) {
        return Manifest.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, hexDigits);
    }

    private static Set<String> reserved() {
        Set<String> names = new HashSet<>(Set.of("con", "prn", "aux", "nul", "index"));
        for (int i = 0; i <= 9; i++) {
            names.add("com" + i);
            names.add("lpt" + i);
        }
        return Set.copyOf(names);
    }
}
