package dev.waymark.render;

import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a user reads when Graphviz cannot lay out one flow graph, and that the time limit holds for both engines. */
class GraphvizLimitTest {
    private static final String STOPPED = "flow graph not drawn: Graphviz took longer than %s to lay it out (the other formats are rendered); "
            + "split the journey, or leave out --format flow";

    @AfterEach
    void backToTheUsualEngine() {
        GraphvizEngine.probe(Optional.empty(), true);
    }

    @Test
    void theTimeLimitSaysWhatHappenedAndWhatToDo() {
        // what graphviz-java throws when the executor stopped `dot` (it wraps the executor's exception)
        RuntimeException e = new GraphvizException("Graphviz took longer than 20 s to lay out the flow graph", new FlowTooSlow(Duration.ofSeconds(20)));
        assertThat(GraphvizEngine.failure(e)).isEqualTo(STOPPED.formatted("20 s"));
        assertThat(GraphvizEngine.failure(new GraphvizException("x", new FlowTooSlow(Duration.ofMillis(1500))))).isEqualTo(STOPPED.formatted("1500 ms"));
    }

    @Test
    void anyOtherFailureIsGraphvizsFirstLine() {
        assertThat(GraphvizEngine.failure(new GraphvizException("Error: trouble in init_rank\n\t%0 4\n")))
                .isEqualTo("Graphviz failed: Error: trouble in init_rank");
    }

    @Test
    void dotIsStoppedAtTheLimitOnALargeFlow() {
        assumeTrue(GraphvizEngine.findDot(System.getenv("PATH")).isPresent(), "dot is not installed");
        GraphvizEngine.Status s = GraphvizEngine.probe(Optional.empty(), false, Duration.ofMillis(300));
        assertThat(s.engine()).contains("dot");
        stoppedInTime(Duration.ofMillis(300), "300 ms");
    }

    @Test
    void theLimitStopsTheProgramTheShellStarted() throws Exception {
        // as graphviz-java runs dot: a shell whose child does the work (`; true` keeps the shell from exec-ing it)
        org.apache.commons.exec.CommandLine cmd = new org.apache.commons.exec.CommandLine("/bin/sh")
                .addArgument("-c").addArgument("sleep 31.5; true", false);
        long start = System.nanoTime();
        assertThatThrownBy(() -> new StoppingExecutor(Duration.ofMillis(300)).execute(cmd, null, 300))
                .isInstanceOf(FlowTooSlow.class).hasMessageContaining("took longer than 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        Thread.sleep(200);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("sleep 31.5")))
                .as("the shell's child was stopped too").isEmpty();
    }

    @Test
    void aFailingProgramSaysWhatItPrinted() {
        org.apache.commons.exec.CommandLine cmd = new org.apache.commons.exec.CommandLine("/bin/sh")
                .addArgument("-c").addArgument("echo 'Error: trouble in init_rank' >&2; exit 1", false);
        assertThatThrownBy(() -> new StoppingExecutor(Duration.ofSeconds(5)).execute(cmd, null, 5_000))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("trouble in init_rank");
    }

    @Test
    void theEmbeddedEngineIsGivenUpOnAtTheLimitAndDrawsTheNextGraph() {
        // no `dot` on this search path: the V8 engine graphviz-java ships for Linux x86-64
        GraphvizEngine.Status s = GraphvizEngine.probe(Optional.of("/nonexistent-waymark-path"), true, Duration.ofSeconds(1));
        assumeTrue(s.engine().equals(Optional.of("embedded V8")), "the embedded engine does not run here: " + s.problem());
        // viz.js takes 5-20 s over this tangle (bigger ones make it abort: "Cannot enlarge memory arrays")
        MutableGraph slow = tangle(100, 3);
        long start = System.nanoTime();
        assertThatThrownBy(() -> GraphvizEngine.svg(slow)).isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(GraphvizEngine.failure((RuntimeException) e)).isEqualTo(STOPPED.formatted("1 s")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        // the abandoned worker's V8 is still busy; the next graph gets another worker (its start-up is not counted)
        assertThat(GraphvizEngine.svg(tangle(6, 1))).contains("<svg", "n5");
    }

    /** A flow far beyond what `dot` lays out in a minute is stopped at the limit, with the message. */
    private static void stoppedInTime(Duration limit, String shown) {
        // dot takes over a minute on this tangle; graphviz-java's own model of it costs about a second
        MutableGraph big = tangle(200, 4);
        long start = System.nanoTime();
        assertThatThrownBy(() -> GraphvizEngine.svg(big)).isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(GraphvizEngine.failure((RuntimeException) e)).isEqualTo(STOPPED.formatted(shown)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(limit.plusSeconds(20));
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("-Kdot -Tsvg"))
                .filter(p -> ProcessHandle.current().equals(p.parent().flatMap(ProcessHandle::parent).orElse(null))))
                .as("no dot left running").isEmpty();
    }

    /** `nodes` steps, each with `links` edges to others chosen with a fixed seed: many crossings to untangle. */
    private static MutableGraph tangle(int nodes, int links) {
        MutableGraph g = mutGraph("tangle").setDirected(true);
        List<MutableNode> all = new ArrayList<>();
        for (int i = 0; i < nodes; i++) all.add(mutNode("n" + i));
        Random random = new Random(42);
        for (MutableNode n : all) {
            for (int k = 0; k < links; k++) n.addLink(all.get(random.nextInt(nodes)));
            g.add(n);
        }
        return g;
    }
}
