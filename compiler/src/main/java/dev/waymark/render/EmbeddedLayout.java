package dev.waymark.render;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.model.MutableGraph;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded V8 engine within the time limit. V8 cannot be stopped from Java in the middle
 * of viz.js's layout (J2V8's terminateExecution, tried, took effect only after ~29 s on a 1.5 s
 * limit), so each layout runs on a worker thread of its own (graphviz-java keeps one V8 per
 * thread) and the caller waits at most the limit: past it the render goes on with the message
 * and the worker is left to finish in the background (a daemon thread, gone when the process
 * ends), its engine no longer used by anyone.
 */
final class EmbeddedLayout {
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Loading viz.js into a worker's V8 may take this long (seconds on a busy machine); the layout then gets the limit. */
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final ThreadLocal<Boolean> WARM = ThreadLocal.withInitial(() -> false);
    private final Duration limit;
    private final ExecutorService workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.MINUTES, new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "waymark-flow-layout-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    EmbeddedLayout(Duration limit) {
        this.limit = limit;
    }

    /**
     * The layout, or {@link FlowTooSlow} once the limit has passed. The clock starts when the
     * worker's V8 is ready: a new worker first loads viz.js (seconds), which is no graph's doing.
     */
    String svg(MutableGraph graph) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        CompletableFuture<String> layout = CompletableFuture.supplyAsync(() -> {
            if (!WARM.get()) {
                Graphviz.fromGraph(GraphvizEngine.probeGraph()).render(Format.SVG).toString();
                WARM.set(true);
            }
            ready.complete(null);
            return Graphviz.fromGraph(graph).render(Format.SVG).toString();
        }, workers);
        try {
            CompletableFuture.anyOf(ready, layout).get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return layout.get(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (!ready.isDone()) throw new GraphvizException("the embedded Graphviz engine did not start within " + FlowTooSlow.text(START_LIMIT));
            throw new GraphvizException("the embedded engine was given up on", new FlowTooSlow(limit));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new GraphvizException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphvizException("interrupted while Graphviz laid out the flow graph", e);
        }
    }
}
