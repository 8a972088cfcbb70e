package dev.waymark.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one glob dialect of waymark.yaml, for `sources` and `overrides.files` alike, matched
 * against `/`-separated paths relative to the waymark.yaml folder: `*` within a name, `**`
 * across folders, `{a,b}`. As in .gitignore, Ant and ESLint, `**&#47;` also matches no folder
 * at all (`maps/**&#47;*.journey` finds `maps/a.journey`, which Java's own glob would miss).
 */
final class Globs {
    private static final Map<String, List<PathMatcher>> MATCHERS = new ConcurrentHashMap<>();

    private Globs() {
    }

    /** `overrides.files`: a glob without `/` matches a file name in any folder. */
    static boolean matches(String glob, String relativePath) {
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        Path path = Path.of(relativePath);
        if (!g.contains("/")) return path.getFileName() != null && matches(g, path.getFileName());
        return matches(g, path);
    }

    /** The whole relative path against the glob. */
    static boolean matches(String glob, Path relative) {
        for (PathMatcher m : MATCHERS.computeIfAbsent(glob, Globs::matchers)) if (m.matches(relative)) return true;
        return false;
    }

    private static List<PathMatcher> matchers(String glob) {
        Set<String> variants = new LinkedHashSet<>();
        variants(glob, 0, variants);
        List<PathMatcher> matchers = new ArrayList<>();
        for (String v : variants) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + v));
        return List.copyOf(matchers);
    }

    /** The glob with each `**&#47;` kept or dropped, every combination. */
    private static void variants(String glob, int from, Set<String> out) {
        int at = glob.indexOf("**/", from);
        // four `**/` make sixteen variants; more than that is not a pattern anyone writes
        if (at < 0 || out.size() > 16) {
            out.add(glob);
            return;
        }
        variants(glob, at + 3, out);
        if (at == 0 || glob.charAt(at - 1) == '/') variants(glob.substring(0, at) + glob.substring(at + 3), at, out);
    }
}
