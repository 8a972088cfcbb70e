package dev.waymark.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The open pages, each a server-sent event stream kept open after its handler returned, so a
 * hundred tabs hold a hundred sockets and no threads. A page is sent its file's version when
 * that changes; it reloads itself. A heartbeat finds the tabs that were closed.
 */
final class EventStreams implements AutoCloseable {
    private static final long HEARTBEAT_SECONDS = 15;

    private static final class Listener {
        final HttpExchange exchange;
        final String page;
        String version;

        Listener(HttpExchange exchange, String page, String version) {
            this.exchange = exchange;
            this.page = page;
            this.version = version;
        }
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(PreviewServer.daemon("waymark-serve-heartbeat"));

    int size() {
        return listeners.size();
    }

    void startHeartbeat() {
        heartbeat.scheduleAtFixedRate(() -> listeners.forEach(l -> write(l, ": ping\n\n")), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Answers with the stream's headers and keeps the exchange; an out-of-date page is told at once. */
    void open(HttpExchange exchange, String page, String version, Function<String, Optional<String>> current) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", "text/event-stream; charset=utf-8");
        h.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Listener l = new Listener(exchange, page, version);
        listeners.add(l);
        if (!write(l, "retry: 500\n\n")) return;
        synchronized (l) {
            String now = current.apply(page).orElse("gone");
            if (!now.equals(l.version)) send(l, now);
        }
    }

    /** Tells every page whose file changed; each file is rendered once however many tabs show it. */
    void publish(Function<String, Optional<String>> current) {
        Map<String, String> versions = new HashMap<>();
        for (Listener l : listeners) {
            String now = versions.computeIfAbsent(l.page, p -> current.apply(p).orElse("gone"));
            synchronized (l) {
                if (!now.equals(l.version)) send(l, now);
            }
        }
    }

    private void send(Listener l, String version) {
        l.version = version;
        write(l, "event: version\ndata: " + version + "\n\n");
    }

    private boolean write(Listener l, String text) {
        try {
            OutputStream out = l.exchange.getResponseBody();
            synchronized (l.exchange) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return true;
        } catch (IOException closed) {
            listeners.remove(l);
            l.exchange.close();
            return false;
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (Listener l : listeners) l.exchange.close();
        listeners.clear();
    }
}
