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
        // what graphviz-java throws when its watchdog stopped `dot`
        RuntimeException e = new GraphvizException("java.io.IOException: Command took too long to execute, try setting a higher timout: 'dot -Tsvg'",
                new java.io.IOException("Command took too long to execute"));
        assertThat(GraphvizEngine.failure(e)).isEqualTo(STOPPED.formatted("20 s"));
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
        assertThatThrownBy(() -> new StoppingExecutor().execute(cmd, null, 300))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("took too long");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        Thread.sleep(200);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("sleep 31.5")))
                .as("the shell's child was stopped too").isEmpty();
    }

    @Test
    void aFailingProgramSaysWhatItPrinted() {
        org.apache.commons.exec.CommandLine cmd = new org.apache.commons.exec.CommandLine("/bin/sh")
                .addArgument("-c").addArgument("echo 'Error: trouble in init_rank' >&2; exit 1", false);
        assertThatThrownBy(() -> new StoppingExecutor().execute(cmd, null, 5_000))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("trouble in init_rank");
    }

    /** A flow far beyond what either engine lays out in seconds is stopped at the limit, with the message. */
    private static void stoppedInTime(Duration limit, String shown) {
        MutableGraph big = tangle(1500, 4);
        long start = System.nanoTime();
        assertThatThrownBy(() -> GraphvizEngine.svg(big)).isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(GraphvizEngine.failure((RuntimeException) e)).isEqualTo(STOPPED.formatted(shown)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // stopped, not after the 14+ minutes dot takes to lay it out (graphviz-java's own model of this
        // tangle, hashed recursively, costs it some seconds before and after dot runs)
        assertThat(took).isLessThan(limit.plusSeconds(90));
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
