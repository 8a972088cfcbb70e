package dev.waymark.render;

import guru.nidi.graphviz.engine.GraphvizException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user reads when Graphviz cannot lay out one flow graph. */
class GraphvizLimitTest {
    @Test
    void theTimeLimitSaysWhatHappenedAndWhatToDo() {
        // what graphviz-java throws when its watchdog stopped `dot`
        RuntimeException e = new GraphvizException("java.io.IOException: Command took too long to execute, try setting a higher timout: 'dot -Tsvg'",
                new java.io.IOException("Command took too long to execute"));
        assertThat(GraphvizEngine.failure(e))
                .isEqualTo("flow graph not drawn: Graphviz took longer than 20 s to lay it out (the other formats are rendered); "
                        + "split the journey, or leave out --format flow");
    }

    @Test
    void anyOtherFailureIsGraphvizsFirstLine() {
        assertThat(GraphvizEngine.failure(new GraphvizException("Error: trouble in init_rank\n\t%0 4\n")))
                .isEqualTo("Graphviz failed: Error: trouble in init_rank");
    }
}
