package dev.waymark.format;

import dev.waymark.model.SourceText;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormatterTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = FormatterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String format(String text) {
        return Formatter.format(new SourceText("f.journey", text)).orElseThrow();
    }

    /** The syntax tree without source positions: what formatting must not change. */
    static String treeWithoutSpans(String text) {
        ParseResult r = SourceParser.parse(new SourceText("f.journey", text));
        assertThat(r.diagnostics()).isEmpty();
        return r.file().toString().replaceAll("SourceSpan\\[[^\\]]*\\]", "_");
    }

    @Test
    void messyInputGetsTheCanonicalLayout() {
        String messy = """
                // the map
                journey   x "X"{owner @a   stage s "S"{step a "A"{emotion -1 "meh"->+2
                next b 50%,end}
                  step   b
                  }
                  /* trailing block */
                }
                persona p "P" { age 30 .. 40 }
                """;
        assertThat(format(messy)).isEqualTo("""
                // the map
                journey x "X" {
                  owner @a
                  stage s "S" {
                    step a "A" {
                      emotion -1 "meh" -> +2
                      next b 50%, end
                    }
                    step b
                  }
                  /* trailing block */
                }

                persona p "P" {
                  age 30..40
                }
                """);
    }

    @Test
    void keepsCommentsAndTheTreeAndIsIdempotent() throws IOException {
        String original = resource("/syntax/every-construct.journey");
        String once = format(original);
        assertThat(format(once)).isEqualTo(once);
        assertThat(treeWithoutSpans(once)).isEqualTo(treeWithoutSpans(original));
        for (String comment : new String[] {"// Every construct of docs/language.md, once.", "// the next owner when this one does not answer",
                "/* a block\n   comment */"}) {
            assertThat(once).contains(comment);
        }
    }

    @Test
    void refusesFilesWithSyntaxErrors() {
        assertThat(Formatter.format(new SourceText("f.journey", "journey x { ownr @a }"))).isEmpty();
    }

    @Test
    void emptyBlocksStayOnOneLineAndQualifiedReferencesStayTight() {
        assertThat(format("journey j { stage s { step a { next other . b 10% } step b { } } }")).isEqualTo("""
                journey j {
                  stage s {
                    step a {
                      next other.b 10%
                    }
                    step b { }
                  }
                }
                """);
    }

    @Test
    void expandsAndValueGetOneLineEachAndKeepTheirMeaning() {
        String messy = "journey j { stage s { step a {expands   other} } opportunity o {value customer 80%   business 40% effort 2w} }";
        String once = format(messy);
        assertThat(once).isEqualTo("""
                journey j {
                  stage s {
                    step a {
                      expands other
                    }
                  }
                  opportunity o {
                    value customer 80% business 40%
                    effort 2w
                  }
                }
                """);
        assertThat(format(once)).isEqualTo(once);
        assertThat(treeWithoutSpans(once)).isEqualTo(treeWithoutSpans(messy));
    }
}
