package dev.waymark.syntax;

import dev.waymark.model.Diagnostic;
import net.jqwik.api.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever edits are made to a valid map, the parser never throws, and every diagnostic it
 * gives is a `syntax` error located inside the text.
 */
class ParserPropertiesTest {
    private static final String VALID = load();

    private static String load() {
        try (InputStream in = ParserPropertiesTest.class.getResourceAsStream("/syntax/every-construct.journey")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> edited() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<String> insert = Arbitraries.of("{", "}", "\"", "\"\"\"", "/*", "*/", "@", "..", "->", "%", "\u0000", "\u202e", "x-", "9999-99-99", "",
                "step", "journey", "\n", "emotion 9", "\\u{", "\\q");
        return Combinators.combine(position, position, insert).as((a, b, s) -> {
            int from = Math.min(a, b), to = Math.max(a, b);
            to = Math.min(to, from + 40);
            return VALID.substring(0, from) + s + VALID.substring(to);
        });
    }

    @Property(tries = 300)
    void editsNeverCrashAndDiagnosticsStayInsideTheText(@ForAll("edited") String text) {
        ParseResult r = SourceParser.parse("p.journey", text.getBytes(StandardCharsets.UTF_8));
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.rule().id()).isEqualTo("syntax");
            assertThat(d.span().line()).isBetween(1, lines);
            assertThat(d.span().column()).isPositive();
            assertThat(d.message()).isNotBlank();
        }
        assertThat(r.diagnostics().size()).isLessThanOrEqualTo(SyntaxErrorListener.MAX_ERRORS + 1);
    }

    @Property(tries = 200)
    void arbitraryTextNeverCrashes(@ForAll String text) {
        ParseResult r = SourceParser.parse("a.journey", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.file()).isNotNull();
        assertThat(r.diagnostics()).allMatch(d -> d.rule().id().equals("syntax"));
    }
}
