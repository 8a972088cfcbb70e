package dev.waymark.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The Mermaid diagrams of a file: every ```mermaid (or ~~~mermaid) fence of a Markdown file,
 * or the whole text when it has none (a `.mmd` file). Each block keeps the line it starts on,
 * so errors point into the original file.
 */
public final class MermaidBlock {
    private MermaidBlock() {
    }

    /** One diagram and the 0-based line of the file its first line sits on. */
    public record Block(String text, int firstLine) {
    }

    /** The first diagram (kept for callers that want one). */
    public static String extract(String text) {
        return blocks(text).get(0).text();
    }

    public static List<Block> blocks(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String open = lines[i].strip();
            if (!(open.startsWith("```") || open.startsWith("~~~"))) continue;
            String fence = open.substring(0, 3);
            boolean mermaid = open.substring(3).strip().toLowerCase(java.util.Locale.ROOT).startsWith("mermaid");
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length && !lines[j].strip().startsWith(fence); j++) body.append(lines[j]).append('\n');
            if (mermaid) blocks.add(new Block(body.toString(), i + 1));
            i = j;
        }
        if (blocks.isEmpty()) blocks.add(new Block(text, 0));
        return blocks;
    }

    /** True when the diagram is a `journey` (after any front matter, comments and blank lines). */
    public static boolean isJourney(String diagram) {
        String[] lines = diagram.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i < lines.length && lines[i].strip().equals("---")) {
            for (i++; i < lines.length && !lines[i].strip().equals("---"); i++) { }
            i++;
        }
        for (; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("%%")) continue;
            return l.equals("journey") || l.startsWith("journey ") || l.startsWith("journey\t");
        }
        return false;
    }
}
