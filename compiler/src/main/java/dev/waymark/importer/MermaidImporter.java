package dev.waymark.importer;

import dev.waymark.InputException;
import dev.waymark.format.Formatter;
import dev.waymark.model.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mermaid `journey` diagrams as `.journey` text: each diagram's title becomes a journey,
 * sections stages, tasks steps, actors personas, and Mermaid's 1..5 score an emotion on -3..+3
 * (1 -> -3, 2 -> -2, 3 -> 0, 4 -> +2, 5 -> +3, the inverse of the Mermaid renderer's mapping;
 * scores in between are interpolated, scores outside 1..5 clamped). A Markdown file gives
 * one journey per ```mermaid journey block, all in one `.journey` file, personas shared; other
 * diagrams are passed over. A task without actors stays without: the journey lists personas
 * only when every task names some. The result parses; owner and review are for the team.
 */
public final class MermaidImporter {
    private static final double[] EMOTION = {-3, -3, -2, 0, 2, 3};

    private MermaidImporter() {
    }

    /** One diagram (a `.mmd` file's text). */
    public static String convert(String path, String mermaid) throws InputException {
        return convert(path, List.of(MermaidDiagram.parse(path, mermaid, 0)));
    }

    /** Every journey diagram of a file: a `.mmd` file, or Markdown with ```mermaid blocks. */
    public static String convertFile(String path, String text) throws InputException {
        List<MermaidBlock.Block> blocks = MermaidBlock.blocks(text);
        List<MermaidDiagram> diagrams = new ArrayList<>();
        for (MermaidBlock.Block b : blocks) {
            if (MermaidBlock.isJourney(b.text())) diagrams.add(MermaidDiagram.parse(path, b.text(), b.firstLine()));
        }
        if (diagrams.isEmpty()) {
            if (blocks.size() == 1 && blocks.get(0).firstLine() == 0) return convert(path, blocks.get(0).text()); // says why
            throw new InputException(path + ": none of its " + blocks.size() + " Mermaid block" + (blocks.size() == 1 ? " is a" : "s is a")
                    + " `journey` diagram");
        }
        return convert(path, diagrams);
    }

    private static String convert(String path, List<MermaidDiagram> diagrams) {
        Slugs personaIds = new Slugs();
        Map<String, String> personas = new LinkedHashMap<>();
        for (MermaidDiagram d : diagrams) {
            for (MermaidDiagram.Section s : d.sections()) {
                for (MermaidDiagram.Task t : s.tasks()) for (String a : t.actors()) personas.computeIfAbsent(a, n -> personaIds.id(n, "persona"));
            }
        }
        StringBuilder sb = new StringBuilder("// Imported from " + (diagrams.size() == 1 ? "a Mermaid journey diagram" : diagrams.size() + " Mermaid journey diagrams") + ".\n");
        personas.forEach((name, id) -> sb.append("persona ").append(id).append(' ').append(quote(name)).append(" { }\n"));
        Slugs journeyIds = new Slugs();
        for (MermaidDiagram d : diagrams) journey(sb, d, journeyIds, personas);
        return Formatter.format(new SourceText(path, sb.toString()))
                .orElseThrow(() -> new IllegalStateException("the importer wrote text that does not parse"));
    }

    private static void journey(StringBuilder sb, MermaidDiagram d, Slugs journeyIds, Map<String, String> personas) {
        String shown = d.title().filter(t -> !t.isBlank()).orElse("Imported journey");
        List<String> all = new ArrayList<>();
        boolean everyTaskHasActors = true;
        for (MermaidDiagram.Section s : d.sections()) {
            for (MermaidDiagram.Task t : s.tasks()) {
                if (t.actors().isEmpty()) everyTaskHasActors = false;
                for (String a : t.actors()) if (!all.contains(personas.get(a))) all.add(personas.get(a));
            }
        }
        Slugs ids = new Slugs();
        sb.append("// Add `owner @team` and `reviewed YYYY-MM-DD by @you`: `waymark check` asks for both.\n");
        sb.append("journey ").append(journeyIds.id(shown, "journey")).append(' ').append(quote(shown)).append(" {\n");
        // a step without `persona` inherits the journey's, so the list is written only when no task is without actors
        boolean listed = everyTaskHasActors && !all.isEmpty();
        if (listed) sb.append("personas ").append(String.join(", ", all)).append('\n');
        for (MermaidDiagram.Section s : d.sections()) {
            String stage = s.name().isBlank() ? "Journey" : s.name();
            sb.append("stage ").append(ids.id(stage, "stage")).append(' ').append(quote(stage)).append(" {\n");
            for (MermaidDiagram.Task t : s.tasks()) {
                String name = t.name().isBlank() ? "Step" : t.name();
                sb.append("step ").append(ids.id(name, "step")).append(' ').append(quote(name)).append(" {\n");
                List<String> mine = t.actors().stream().map(personas::get).toList();
                if (!mine.isEmpty() && !(listed && mine.equals(all))) sb.append("persona ").append(String.join(", ", mine)).append('\n');
                sb.append("emotion ").append(emotion(t.score())).append('\n');
                sb.append("}\n");
            }
            sb.append("}\n");
        }
        sb.append("}\n");
    }

    /** Mermaid's score as an emotion, written as the language writes numbers (`+2`, `-1.5`, `0`). */
    static String emotion(double score) {
        double s = Math.max(1, Math.min(5, score));
        int low = (int) Math.floor(s);
        double e = low == 5 ? EMOTION[5] : EMOTION[low] + (EMOTION[low + 1] - EMOTION[low]) * (s - low);
        double rounded = Math.round(e * 10) / 10.0;
        if (rounded == 0) return "0";
        String text = rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
        return rounded > 0 ? "+" + text : text;
    }

    static String slug(String text, String fallback) {
        return new Slugs().id(text, fallback);
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp < 0x20) sb.append(' ');
            else sb.appendCodePoint(cp);
        });
        return sb.append('"').toString();
    }
}
