package dev.waymark.check.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where SARIF locations point. Shown paths are relative to the working folder; code scanning
 * resolves URIs against the repository root, so a relative URI is taken from the root of the
 * git repository holding the working folder (found by walking up to `.git`, a folder or, in a
 * worktree, a file). Outside git the working folder is the base, named in `originalUriBaseIds`.
 * Files outside the base get absolute `file:` URIs. Every URI is percent-encoded, so spaces,
 * `:`, `,`, `%`, `#` and non-ASCII names are safe.
 */
record SarifUris(Path workingDir, Path base, boolean inGit) {
    static final String BASE = "%SRCROOT%";

    record Uri(String uri, boolean relative) {
    }

    /** Without a working folder, shown paths are used as they are. */
    static SarifUris of(Path workingDir) {
        if (workingDir == null) return new SarifUris(null, null, true);
        Path dir = workingDir.toAbsolutePath().normalize();
        Optional<Path> root = gitRoot(dir);
        return new SarifUris(dir, root.orElse(dir), root.isPresent());
    }

    static Optional<Path> gitRoot(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The base's own URI, only when it is not a repository root (that is what viewers assume). */
    Optional<String> baseUri() {
        return base == null || inGit ? Optional.empty() : Optional.of(fileUri(base.toString()) + (base.getParent() == null ? "" : "/"));
    }

    Uri of(String shown) {
        boolean absolute = shown.startsWith("/") || shown.matches("^[A-Za-z]:/.*");
        if (base == null) return absolute ? new Uri(fileUri(shown), false) : new Uri(encode(shown), true);
        Path abs = workingDir.resolve(shown).normalize();
        if (abs.startsWith(base)) return new Uri(encode(base.relativize(abs).toString().replace('\\', '/')), true);
        return new Uri(fileUri(abs.toString()), false);
    }

    /** A plain path relative to the base (GitLab wants the repository path, not a URI); absolute outside it. */
    String path(String shown) {
        if (base == null) return shown;
        Path abs = workingDir.resolve(shown).normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    static String fileUri(String absolutePath) {
        String p = absolutePath.replace('\\', '/');
        return "file://" + (p.startsWith("/") ? "" : "/") + encode(p);
    }

    /** Percent-encodes all but RFC 3986's unreserved characters and `/`, byte by byte in UTF-8. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (keep) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return out.toString();
    }
}
