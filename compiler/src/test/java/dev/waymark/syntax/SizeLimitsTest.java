package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.RuleId;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizeLimitsTest {

    private static String journey(int steps) {
        StringBuilder text = new StringBuilder("journey huge \"Huge\" { owner @a stage s { ");
        for (int i = 0; i < steps; i++) text.append("step s").append(i).append(' ');
        return text.append("} }\n").toString();
    }

    private static ParseResult parse(String text) {
        return SourceParser.parse("huge.journey", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileOfTheMostStepsIsRead() {
        ParseResult result = parse(journey(SizeLimits.MAX_STEPS));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.file().journeys().findFirst().orElseThrow().steps().count()).isEqualTo(SizeLimits.MAX_STEPS);
    }

    @Test
    void aFileOfOneStepMoreIsRefusedAtThatStepAndNothingOfItIsRead() {
        ParseResult result = parse(journey(SizeLimits.MAX_STEPS + 1));
        assertThat(result.file().declarations()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(RuleId.TOO_COMPLEX);
            assertThat(d.message()).isEqualTo("this file has more than 5000 steps; Waymark reads files of up to 5000 steps"
                    + " (and renders journeys of up to 1000)");
            assertThat(d.span().line()).isEqualTo(1);
            assertThat(d.span().column()).isEqualTo(journey(SizeLimits.MAX_STEPS + 1).indexOf("step s5000 ") + 1);
            assertThat(d.help()).hasValueSatisfying(h -> assertThat(h).contains("one journey each"));
        });
    }

    @Test
    void theTokenLimitCountsWordsNotWhitespaceOrComments() {
        String text = "journey j { /* a comment */ owner   @a }";
        // journey j { owner @a }: 6 tokens (and the end of the file)
        assertThat(lex(text, 6).getNumberOfOnChannelTokens()).isEqualTo(7);
        assertThatThrownBy(() -> lex(text, 5)).isInstanceOf(SizeLimits.TooLarge.class)
                .hasMessage("this file has more than 5 words, numbers and symbols; Waymark reads files of up to 5");
    }

    private static CommonTokenStream lex(String text, int maxTokens) {
        CommonTokenStream tokens = new CommonTokenStream(new SizeLimits(new JourneyLexer(CharStreams.fromString(text)), 10, maxTokens));
        tokens.fill();
        return tokens;
    }
}
