package dev.waymark.importer;

import dev.waymark.InputException;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MermaidImporterTest {

    @Test
    void convertsTitleSectionsTasksScoresAndActors() throws InputException {
        String mermaid = """
                journey
                    title My working day
                    section Go to work
                      Make tea: 5: Me
                      Do work: 1: Me, Cat
                    section Go home
                      Go "home": 2: Me
                """;
        String text = MermaidImporter.convert("day.mmd", mermaid);
        assertThat(text).contains("journey my-working-day \"My working day\" {", "personas me, cat",
                "stage go-to-work \"Go to work\" {", "step make-tea \"Make tea\" {", "emotion +3",
                "step do-work \"Do work\" {", "emotion -3", "step go-home-2 \"Go \\\"home\\\"\" {", "emotion -2");
        assertThat(SourceParser.parse("day.journey", text.getBytes(StandardCharsets.UTF_8)).diagnostics()).isEmpty();
    }

    @Test
    void takesTheDiagramOutOfAMarkdownFence() {
        assertThat(MermaidBlock.extract("# Doc\n```mermaid\njourney\n  title T\n```\nmore")).isEqualTo("journey\n  title T\n");
    }

    @Test
    void badLinesAreReportedWithTheirLine() {
        assertThatThrownBy(() -> MermaidImporter.convert("x.mmd", "journey\n  title T\n  Task: many: Me\n"))
                .isInstanceOf(InputException.class).hasMessage("x.mmd:3: the score `many` is not a whole number from 1 to 5");
        assertThatThrownBy(() -> MermaidImporter.convert("x.mmd", "graph TD\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("x.mmd:1: not a Mermaid journey diagram");
    }
}
