package dev.waymark.render;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.model.MutableGraph;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Chooses how graphviz-java lays out flow graphs, once per process: the `dot` program when it
 * is on the PATH, else the V8 JavaScript engine (J2V8, with viz.js) that graphviz-java ships
 * for Linux x86-64. Both get a time limit per graph: {@link StoppingExecutor} stops `dot` and
 * the shell graphviz-java starts it from, {@link EmbeddedLayout} stops waiting for V8; either
 * way {@link FlowTooSlow} carries the limit into the message (docs/language.md, "Limits").
 * When neither runs, {@link Status#problem()} says why and how to install Graphviz, and the
 * other formats render as usual.
 */
public final class GraphvizEngine {
    /** How long Graphviz may lay out one flow graph before it is stopped (docs/language.md, "Limits"). */
    public static final int TIME_LIMIT_SECONDS = 20;
    public static final String INSTALL_HINT = "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)";

    /** Which engine runs ("dot" or "embedded V8"), or why none does. */
    public record Status(Optional<String> engine, String problem) {
        public boolean available() {
            return engine.isPresent();
        }
    }

    private static Status status;
    /** The embedded engine with its limit, when it is the one in use (else `dot`, or nothing). */
    private static EmbeddedLayout embeddedLayout;

    private GraphvizEngine() {
    }

    /** The engine for this process (probed on first use). */
    public static synchronized Status status() {
        if (status == null) status = probe(Optional.empty(), true);
        return status;
    }

    /**
     * Tries `dot` (looked up in `searchPath` when given, else on the PATH), then, when `embedded`,
     * the V8 engine; installs the first that renders a two-node graph.
     */
    public static synchronized Status probe(Optional<String> searchPath, boolean embedded) {
        return probe(searchPath, embedded, Duration.ofSeconds(TIME_LIMIT_SECONDS));
    }

    /** As {@link #probe(Optional, boolean)}, with another time limit per graph (tests use a tiny one). */
    static synchronized Status probe(Optional<String> searchPath, boolean embedded, Duration timeLimit) {
        embeddedLayout = null;
        String why = "the dot program is not installed";
        Optional<Path> dot = findDot(searchPath.orElse(System.getenv("PATH")));
        if (dot.isPresent()) {
            try {
                // the two-node probe gets the usual limit (a busy machine can take a second to start dot)
                Graphviz.useEngine(dotEngine(dot.get(), Duration.ofSeconds(TIME_LIMIT_SECONDS)));
                test();
                if (!timeLimit.equals(Duration.ofSeconds(TIME_LIMIT_SECONDS))) Graphviz.useEngine(dotEngine(dot.get(), timeLimit));
                status = new Status(Optional.of("dot"), "");
                return status;
            } catch (Throwable e) {
                why = "the dot program at " + dot.get() + " does not run (" + oneLine(e) + ")";
            }
        }
        if (embedded) {
            try {
                Graphviz.useEngine(new GraphvizV8Engine());
                EmbeddedLayout layout = new EmbeddedLayout(timeLimit);
                // on a worker, whose V8 then serves the next graph
                if (!layout.svg(probeGraph()).contains("<svg")) throw new IllegalStateException("no SVG from the engine");
                embeddedLayout = layout;
                status = new Status(Optional.of("embedded V8"), "");
                return status;
            } catch (Throwable e) {
                why += " and the embedded engine cannot run here (" + oneLine(e) + ")";
            }
        }
        Graphviz.releaseEngine();
        status = new Status(Optional.empty(), "no flow graphs: " + why + "; " + INSTALL_HINT);
        return status;
    }

    /**
     * graphviz-java's command-line engine given the program itself (it falls back to the PATH when
     * its own search fails), run by our executor: graphviz-java's watchdog stops only the shell it
     * starts dot from, ours stops both. (`executor(...)` returns a new engine.)
     */
    private static GraphvizCmdLineEngine dotEngine(Path dot, Duration timeLimit) {
        GraphvizCmdLineEngine cmd = new GraphvizCmdLineEngine(dot.toString()).executor(new StoppingExecutor(timeLimit));
        cmd.timeout((int) Math.min(Integer.MAX_VALUE, timeLimit.toMillis()), TimeUnit.MILLISECONDS);
        return cmd;
    }

    static Optional<Path> findDot(String searchPath) {
        if (searchPath == null) return Optional.empty();
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            for (String name : new String[] {"dot", "dot.exe"}) {
                Path candidate = Paths.get(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    private static void test() {
        String svg = Graphviz.fromGraph(probeGraph()).render(Format.SVG).toString();
        if (!svg.contains("<svg")) throw new IllegalStateException("no SVG from the engine");
    }

    static MutableGraph probeGraph() {
        MutableGraph g = guru.nidi.graphviz.model.Factory.mutGraph("probe").setDirected(true);
        g.add(guru.nidi.graphviz.model.Factory.mutNode("a").addLink("b"));
        return g;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** What to tell the user when laying out one flow graph failed: the time limit met, or Graphviz's own first line. */
    static String failure(RuntimeException e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlowTooSlow slow) {
                return "flow graph not drawn: Graphviz took longer than " + FlowTooSlow.text(slow.limit())
                        + " to lay it out (the other formats are rendered); split the journey, or leave out --format flow";
            }
        }
        return "Graphviz failed: " + Renderer.firstLine(e.getMessage());
    }

    /** Lays out one graph as SVG with the chosen engine, within the time limit. */
    public static String svg(MutableGraph graph) {
        Status s;
        EmbeddedLayout v8;
        synchronized (GraphvizEngine.class) {
            s = status();
            v8 = embeddedLayout;
        }
        if (!s.available()) throw new IllegalStateException(s.problem());
        if (v8 != null) return v8.svg(graph);
        return Graphviz.fromGraph(graph).render(Format.SVG).toString();
    }
}
