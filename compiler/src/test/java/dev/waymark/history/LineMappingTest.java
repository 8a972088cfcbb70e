package dev.waymark.history;

import org.eclipse.jgit.diff.RawText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class LineMappingTest {
    private static RawText text(String s) {
        return new RawText(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReplacedLineIsTouchedAndADeletionTouchesBothNeighbours() {
        RawText a = text("a\nb\nc\nd\n");
        assertThat(LineMapping.touched(LineMapping.diff(a, text("a\nB\nc\nd\n")), 4)).containsExactly(1);
        assertThat(LineMapping.touched(LineMapping.diff(a, text("a\nc\nd\n")), 3)).containsExactly(0, 1);
    }

    @Test
    void linesAreCarriedPastInsertionsAndOntoWhatReplacedThem() {
        RawText old = text("a\nb\nc\n");
        RawText current = text("x\ny\na\nB\nc\n");
        var edits = LineMapping.diff(old, current);
        assertThat(LineMapping.carry(new TreeSet<>(java.util.List.of(0, 2)), edits, current.size())).containsExactly(2, 4);
        assertThat(LineMapping.carry(new TreeSet<>(java.util.List.of(1)), edits, current.size())).containsExactly(3);
    }

    @Test
    void trailingWhiteSpaceAndLineEndingsAreNotChanges() {
        assertThat(LineMapping.diff(text("a\nb\n"), text("a  \r\nb\r\n"))).isEmpty();
    }
}
