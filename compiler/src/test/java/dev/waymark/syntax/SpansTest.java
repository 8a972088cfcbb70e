package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.SourceLines;
import dev.waymark.model.SourceSpan;
import net.jqwik.api.*;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compact span (the file's line starts and two offsets) gives back the lines and columns the
 * token itself says, for every token of texts with CRLF, lone CRs, tabs, emoji and block strings;
 * and it is equal, with the same hash, to the span written out in full.
 */
class SpansTest {
    private static final String MAP = "journey j \"Caf\u00e9 \uD83D\uDE00\" {\r\n  owner @cx\r  description \"\"\"\n    two\r\n    lines \uD83C\uDF89\n  \"\"\"\n"
            + "\tstage s {\n    step a \"A\" { emotion -2 \"\uD83D\uDE22 sad\" -> +1 }\n  }\n}";

    @Test
    void compactSpansGiveBackTheLinesAndColumnsOfEveryToken() {
        assertSameAsWritten(MAP);
    }

    @Property(tries = 200)
    void anyTextsTokensToo(@ForAll("texts") String text) {
        assertSameAsWritten(text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("\n", "\r\n", "\r", "\t", "\uD83D\uDE00", "\u00e9", "\"\"\"", "\"x\"", " ", "step", "{", "}", "@a", "12%", "/* c\n */", "// c")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Test
    void aSpanPastItsTokenIsKeptAsWritten() {
        SourceLines lines = SourceLines.of("f", "ab\ncd");
        // an end column the offsets do not give (EOF spans, a repair's token): kept as written
        SourceSpan odd = lines.span(2, 3, 2, 5, 5, 5);
        assertThat(odd.endColumn()).isEqualTo(5);
        assertThat(odd.compact()).isFalse();
        assertThat(lines.span(2, 1, 2, 3, 3, 5).compact()).isTrue();
        assertThat(lines.span(2, 1, 2, 3, 3, 5)).isEqualTo(new SourceSpan("f", 2, 1, 2, 3, 3, 5));
        assertThat(lines.span(2, 1, 2, 3, 3, 5).toString()).isEqualTo(new SourceSpan("f", 2, 1, 2, 3, 3, 5).toString());
        assertThat(lines.span(2, 1, 2, 3, 3, 5)).isNotEqualTo(new SourceSpan("g", 2, 1, 2, 3, 3, 5));
    }

    private static void assertSameAsWritten(String text) {
        SourceLines lines = SourceLines.of("f.journey", text);
        JourneyLexer lexer = new JourneyLexer(CharStreams.fromString(SourceDecoder.lineBreaksAsLf(text), "f.journey"));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = stream.getTokens();
        for (Token t : tokens) {
            SourceSpan full = Spans.of("f.journey", t);
            SourceSpan compact = Spans.of(lines, t);
            assertThat(compact.toString()).as("token %s", t).isEqualTo(full.toString());
            assertThat(compact).isEqualTo(full);
            assertThat(compact.hashCode()).isEqualTo(full.hashCode());
            assertThat(compact.contains(full)).isTrue();
            // only the end-of-file token has an end its offsets do not give
            assertThat(compact.compact()).as("token %s", t).isEqualTo(t.getType() != Token.EOF);
        }
    }
}
