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
                .isInstanceOf(InputException.class).hasMessage("x.mmd:3: the score `many` is not a number (Mermaid draws 1 to 5)");
        assertThatThrownBy(() -> MermaidImporter.convert("x.mmd", "graph TD\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("x.mmd:1: not a Mermaid journey diagram");
    }

    private static void parses(String text) {
        assertThat(SourceParser.parse("x.journey", text.getBytes(StandardCharsets.UTF_8)).diagnostics()).as(text).isEmpty();
    }

    @Test
    void frontMatterTitleAndMultiLineAccessibilityTextAreRead() throws InputException {
        String text = MermaidImporter.convert("x.mmd", """
                ---
                title: Checkout from the front matter
                config:
                  theme: forest
                ---
                journey
                  accTitle: Checkout
                  accDescr {
                    How a customer pays:
                    section and tasks are not parsed here
                  }
                  section Pay
                    Enter card: 2: Shopper
                """);
        assertThat(text).contains("journey checkout-from-the-front-matter \"Checkout from the front matter\" {")
                .contains("step enter-card \"Enter card\"").doesNotContain("How a customer", "section-and");
        parses(text);
        assertThatThrownBy(() -> MermaidImporter.convert("x.mmd", "journey\n  accDescr {\n  never closed\n"))
                .hasMessage("x.mmd:2: `accDescr {` is never closed with `}`");
    }

    @Test
    void everyJourneyBlockOfAMarkdownFileBecomesAJourneyAndOtherDiagramsArePassedOver() throws InputException {
        String md = """
                # Our maps

                ```mermaid
                flowchart LR
                  A --> B
                ```

                ```mermaid
                journey
                  title Buy
                  section Shop
                    Browse: 4: Me
                ```

                ~~~mermaid
                journey
                  title Return
                  section Send
                    Pack: 2: Me, Courier
                ~~~
                """;
        String text = MermaidImporter.convertFile("maps.md", md);
        assertThat(text).contains("// Imported from 2 Mermaid journey diagrams.", "journey buy \"Buy\"", "journey return \"Return\"");
        assertThat(text.split("persona me ", -1)).as("one shared persona").hasSize(2);
        parses(text);
        assertThatThrownBy(() -> MermaidImporter.convertFile("f.md", "```mermaid\nflowchart LR\n  A-->B\n```\n"))
                .hasMessage("f.md: none of its 1 Mermaid block is a `journey` diagram");
        // errors point at the line of the Markdown file
        assertThatThrownBy(() -> MermaidImporter.convertFile("f.md", "text\n\n```mermaid\njourney\n  Task: lots\n```\n"))
                .hasMessage("f.md:5: the score `lots` is not a number (Mermaid draws 1 to 5)");
    }

    @Test
    void scoresAreReadAsMermaidReadsThem() throws InputException {
        assertThat(MermaidImporter.emotion(1)).isEqualTo("-3");
        assertThat(MermaidImporter.emotion(2)).isEqualTo("-2");
        assertThat(MermaidImporter.emotion(3)).isEqualTo("0");
        assertThat(MermaidImporter.emotion(4)).isEqualTo("+2");
        assertThat(MermaidImporter.emotion(5)).isEqualTo("+3");
        assertThat(MermaidImporter.emotion(3.5)).isEqualTo("+1");
        assertThat(MermaidImporter.emotion(2.25)).isEqualTo("-1.5");
        assertThat(MermaidImporter.emotion(9)).isEqualTo("+3");
        assertThat(MermaidImporter.emotion(0)).isEqualTo("-3");
        String text = MermaidImporter.convert("x.mmd", "journey\n  A: 4.5\n  B:  3 : Me\n  C: 1e0\n  D:\n");
        assertThat(text).contains("emotion +2.5", "emotion 0", "emotion -3");
        parses(text);
    }

    @Test
    void nonLatinNamesGetTransliteratedOrNumberedIdsThatNeverCollide() throws InputException {
        String text = MermaidImporter.convert("x.mmd", """
                journey
                  title 買い物
                  section Größe & Çà
                    注文する: 3: 顧客, 店員, Zoë
                    支払う: 4: 顧客
                    Crème brûlée: 5: 店員
                    crème-brûlée: 5: 店員
                """);
        assertThat(text).contains("persona persona-1 \"顧客\"", "persona persona-2 \"店員\"", "persona zoe \"Zoë\"",
                "journey journey-1 \"買い物\"", "stage grosse-and-ca \"Größe & Çà\"",
                "step step-1 \"注文する\"", "step step-2 \"支払う\"", "step creme-brulee \"Crème brûlée\"", "step creme-brulee-2");
        parses(text);
        var ws = new dev.waymark.resolve.Workspace(java.util.List.of(SourceParser.parse("x.journey", text.getBytes(StandardCharsets.UTF_8))));
        var result = dev.waymark.Waymark.check(ws, dev.waymark.Waymark.CheckRequest.of(java.util.List.of(), java.nio.file.Path.of(".")));
        assertThat(result.diagnostics()).extracting(d -> d.rule().id()).doesNotContain("duplicate-id", "unresolved-reference");
    }

    @Test
    void tasksWithoutActorsStayWithoutActors() throws InputException {
        String text = MermaidImporter.convert("x.mmd", "journey\n  title T\n  section S\n    Alone: 3\n    Together: 4: Me\n");
        assertThat(text).doesNotContain("personas me");
        parses(text);
        var ws = new dev.waymark.resolve.Workspace(java.util.List.of(SourceParser.parse("x.journey", text.getBytes(StandardCharsets.UTF_8))));
        var view = new dev.waymark.render.JourneyView(ws, ws.journeys().values().iterator().next(), dev.waymark.config.Policy.defaults(), java.time.LocalDate.of(2026, 11, 22));
        String back = new String(dev.waymark.render.MermaidJourney.render(view), StandardCharsets.UTF_8);
        assertThat(back).contains("    Alone: 3\n", "    Together: 4: Me\n");
        // and when every task has actors, the journey lists them once
        assertThat(MermaidImporter.convert("x.mmd", "journey\n  A: 3: Me\n  B: 4: Me\n")).contains("personas me").doesNotContain("persona me\n");
    }
}
