package dev.waymark.syntax;

import dev.waymark.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParserRecoveryTest {

    private static List<Diagnostic> errors(String text) {
        return SourceParser.parse("t.journey", text.getBytes(StandardCharsets.UTF_8)).diagnostics();
    }

    @Test
    void reportsEverySyntaxErrorInOneRunNotOnlyTheFirst() {
        List<Diagnostic> d = errors("""
                journey broken "Broken" {
                  ownr @x
                  stage s "S" {
                    step a "unterminated
                  }
                  emotion 3
                }
                /* never closed
                """);
        assertThat(d).extracting(x -> x.span().line() + ":" + x.span().column() + " " + x.message()).containsExactly(
                "2:3 unknown property `ownr` in a journey",
                "4:12 unterminated string",
                "6:3 unexpected `emotion` in a journey",
                "8:1 unterminated comment: the file ends before the closing `*/`");
        assertThat(d.get(0).help()).contains("did you mean `owner`?");
    }

    @Test
    void aMisspeltFirstPropertyDoesNotSwallowTheRestOfTheJourney() {
        var result = SourceParser.parse("t.journey", """
                journey x {
                  ownr @x
                  owner @y
                  stage s { step a "A" }
                }
                """.getBytes(StandardCharsets.UTF_8));
        var journey = result.file().journeys().findFirst().orElseThrow();
        assertThat(journey.owner()).map(o -> o.value()).contains("@y");
        assertThat(journey.stages()).hasSize(1);
    }
}
