package dev.waymark.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The globs of `overrides.files`, matched against `/`-separated paths relative to the
 * waymark.yaml folder: `*` within a name, `**` across folders, `{a,b}`; as in .gitignore and
 * ESLint, a glob without `/` matches a file name in any folder, and `**&#47;x` also matches `x`.
 */
final class Globs {
    private static final Map<String, PathMatcher> MATCHERS = new ConcurrentHashMap<>();

    private Globs() {
    }

    static boolean matches(String glob, String relativePath) {
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        Path path = Path.of(relativePath);
        if (!g.contains("/")) return path.getFileName() != null && matcher(g).matches(path.getFileName());
        if (g.startsWith("**/") && matcher(g.substring(3)).matches(path)) return true;
        return matcher(g).matches(path);
    }

    private static PathMatcher matcher(String glob) {
        return MATCHERS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
}
