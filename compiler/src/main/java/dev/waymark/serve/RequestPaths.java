package dev.waymark.serve;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which file a request names. The site is flat (`index.html`, `<journey-id>.svg`, ...) plus
 * the two `_waymark/` names of serve mode, so anything else — `..`, encoded or not, a slash
 * too many, a backslash, an absolute path, a dot file — names nothing and is a 404.
 */
final class RequestPaths {
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?", Pattern.CASE_INSENSITIVE);

    private RequestPaths() {
    }

    /** The file name of a raw request path, or empty when it cannot name a file of the site. */
    static Optional<String> name(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        String path = rawPath.substring(1);
        if (path.isEmpty()) return Optional.of("");
        // no escapes at all: a file of the site never needs one, and an escaped name is how traversal hides
        if (path.contains("%")) return Optional.empty();
        if (path.equals("_waymark/live.js") || path.equals("_waymark/events")) return Optional.of(path);
        if (!FILE.matcher(path).matches() || path.contains("..")) return Optional.empty();
        return Optional.of(path);
    }

    /**
     * Bound to the loopback address, the server answers only requests addressed to it by name:
     * a web page elsewhere cannot reach it through a DNS name that resolves to 127.0.0.1.
     */
    static boolean localHost(String host, InetSocketAddress local) {
        if (!local.getAddress().isLoopbackAddress()) return true;
        return host != null && HOST.matcher(host.strip()).matches();
    }

    static Optional<String> param(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException bad) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.isEmpty() || n.endsWith(".html")) return "text/html; charset=utf-8";
        if (n.endsWith(".svg")) return "image/svg+xml";
        if (n.endsWith(".json")) return "application/json";
        if (n.endsWith(".css")) return "text/css; charset=utf-8";
        if (n.endsWith(".js")) return "text/javascript; charset=utf-8";
        return "text/plain; charset=utf-8";
    }
}
