package dev.waymark.lsp;

import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PositionsTest {
    // "a😀b": 3 code points, 4 UTF-16 units
    static final String LINE = "a\uD83D\uDE00b";

    @Test
    void codePointColumnsBecomeUtf16Offsets() {
        SourceText text = new SourceText("f", "first\n" + LINE + "\n");
        Range r = Positions.range(new SourceSpan("f", 2, 3, 2, 4, -1, -1), Optional.of(text));
        assertThat(r).isEqualTo(new Range(new Position(1, 3), new Position(1, 4)));
    }

    @Test
    void withoutTheTextColumnsAreTakenAsTheyAre() {
        assertThat(Positions.range(SourceSpan.at("f", 1, 1), Optional.empty())).isEqualTo(new Range(new Position(0, 0), new Position(0, 1)));
    }

    @Test
    void aPositionInsideASurrogatePairCountsAsBeforeTheCharacter() {
        assertThat(Positions.codePointColumn(LINE, 2)).isEqualTo(2);
        assertThat(Positions.codePointColumn(LINE, 3)).isEqualTo(3);
        // past the end of the line: 3 code points, then one per missing unit
        assertThat(Positions.codePointColumn(LINE, 9)).isEqualTo(9);
    }

    @Property
    void utf16AndCodePointColumnsRoundTrip(@ForAll @IntRange(min = 0, max = 8) int codePoints) {
        String line = LINE + LINE;
        assertThat(Positions.codePointColumn(line, Positions.utf16Column(line, codePoints))).isEqualTo(codePoints + 1);
    }

    @Test
    void theEndOfATextIsItsLastLineAndThatLinesLength() {
        assertThat(Positions.end("ab\n" + LINE)).isEqualTo(new Position(1, 4));
        assertThat(Positions.end("ab\n")).isEqualTo(new Position(1, 0));
    }
}
