package dev.waymark.syntax;

import dev.waymark.model.Journey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed block comment or text block followed by more text must lex as one comment or one
 * text, not as the "unterminated" error token (which, matching to the end of the file, is the
 * longer match unless it cannot cross the closing delimiter).
 */
class ClosedBlocksTest {

    private static ParseResult parse(String text) {
        return SourceParser.parse("t.journey", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aClosedBlockCommentBeforeADeclarationIsOnlyAComment() {
        ParseResult r = parse("""
                /* personas from the
                   2026 interviews ** with stars */
                persona p "P" { }
                journey j "J" { stage s { step a } }
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.file().declarations()).hasSize(2);
    }

    @Test
    void aClosedTextBlockIsRawWithItsCommonIndentationRemoved() {
        ParseResult r = parse("""
                journey j "J" {
                  description \"""
                    first "quoted" line, \\n stays as written
                      indented ""two quotes""
                    \"""
                  stage s { step a }
                }
                """);
        assertThat(r.diagnostics()).isEmpty();
        Journey j = r.file().journeys().findFirst().orElseThrow();
        assertThat(j.description()).contains("first \"quoted\" line, \\n stays as written\n  indented \"\"two quotes\"\"");
        assertThat(j.stages()).hasSize(1);
    }

    @Test
    void anUnclosedTextBlockIsStillReportedAtItsStart() {
        ParseResult r = parse("""
                journey j "J" {
                  description \"""
                    never "closed" ""
                """);
        assertThat(r.diagnostics()).extracting(d -> d.span().line() + ":" + d.span().column() + " " + d.message())
                .contains("2:15 unterminated text block: the file ends before the closing `\"\"\"`");
    }
}
