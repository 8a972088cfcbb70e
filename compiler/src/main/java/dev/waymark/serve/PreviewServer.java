package dev.waymark.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.waymark.render.Live;

import dev.waymark.util.WorkspaceWatcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of `waymark serve`: the JDK's server on a small pool of threads. It answers
 * only with what the {@link Preview} renders (nothing is ever read from disk for a request),
 * so a path that is not the name of a rendered file is a 404, whatever it is made of. Open
 * pages listen on a server-sent event stream that holds no thread while it waits.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int THREADS = 4;
    private static final String EVENTS = "_waymark/events";

    private final Preview preview;
    private final HttpServer http;
    private final ExecutorService pool;
    private final EventStreams events = new EventStreams();
    private final SecureRandom random = new SecureRandom();
    private final byte[] script;
    private volatile WorkspaceWatcher watcher;

    private PreviewServer(Preview preview, HttpServer http, ExecutorService pool) {
        this.preview = preview;
        this.http = http;
        this.pool = pool;
        this.script = resource("live.js");
    }

    /**
     * Builds the preview, binds (port 0: any free port), starts answering and, with `watch`,
     * rebuilds on every change to the workspace or its waymark.yaml.
     */
    public static PreviewServer start(Preview preview, InetSocketAddress address, boolean watch) throws IOException {
        preview.rebuild();
        HttpServer http = HttpServer.create(address, 64);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemon("waymark-serve"));
        PreviewServer server = new PreviewServer(preview, http, pool);
        http.createContext("/", server::handle);
        http.setExecutor(pool);
        http.start();
        server.events.startHeartbeat();
        if (watch) {
            server.watcher = new WorkspaceWatcher(preview.watched(), burst -> server.changed());
        }
        return server;
    }

    public URI uri() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** How many pages are listening for changes now. */
    public int listeners() {
        return events.size();
    }

    /** The workspace changed: build it again and tell each open page whose content changed. */
    public void changed() {
        preview.rebuild();
        WorkspaceWatcher w = watcher;
        if (w != null) {
            try {
                w.watchAll(preview.watched()); // `sources` may name new folders now
            } catch (IOException e) {
                System.err.println("waymark serve: cannot watch: " + e.getMessage());
            }
        }
        events.publish(preview::version);
    }

    @Override
    public void close() {
        WorkspaceWatcher w = watcher;
        if (w != null) {
            try {
                w.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
        events.close();
        http.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<String> name = RequestPaths.name(exchange.getRequestURI().getRawPath());
            if (name.isEmpty() || !RequestPaths.localHost(exchange.getRequestHeaders().getFirst("Host"), exchange.getLocalAddress())) {
                notFound(exchange);
                return;
            }
            String n = name.get();
            if (n.equals(EVENTS)) {
                String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
                events.open(exchange, RequestPaths.param(query, "page").orElse(""), RequestPaths.param(query, "version").orElse(""),
                        preview::version);
                return;
            }
            if (n.equals(Live.SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            String nonce = nonce();
            Optional<Preview.Page> page = preview.get(n, nonce);
            if (page.isEmpty()) {
                notFound(exchange);
                return;
            }
            send(exchange, 200, RequestPaths.contentType(n), page.get().body());
        } catch (RuntimeException e) {
            // a bug in rendering one file must not take the server down; say so on the page
            send(exchange, 500, "text/plain; charset=utf-8",
                    ("waymark serve: internal error: " + e + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
