package dev.waymark.importer;

import dev.waymark.InputException;
import dev.waymark.format.Formatter;
import dev.waymark.model.SourceText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid `journey` diagram as `.journey` text: the title becomes the journey, sections
 * stages, tasks steps, actors personas, and Mermaid's 1..5 score an emotion on -3..+3
 * (1 -> -3, 2 -> -2, 3 -> 0, 4 -> +2, 5 -> +3; the inverse of the Mermaid renderer's mapping).
 * The result parses; owner and review are left for the team to add (`waymark check` asks).
 */
public final class MermaidImporter {
    private static final int[] EMOTION = {0, -3, -2, 0, 2, 3};

    private MermaidImporter() {
    }

    private record Task(String id, String title, int score, List<String> actors) {
    }

    private record Section(String id, String title, List<Task> tasks) {
    }

    public static String convert(String path, String mermaid) throws InputException {
        String title = null;
        List<Section> sections = new ArrayList<>();
        Map<String, String> personas = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        boolean header = false;
        String[] lines = mermaid.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("%%") || line.startsWith("```")) continue;
            if (!header) {
                if (!line.equals("journey")) throw new InputException(path + ":" + (i + 1) + ": not a Mermaid journey diagram (the first line must be `journey`)");
                header = true;
            } else if (line.startsWith("title ")) {
                title = line.substring(6).strip();
            } else if (line.startsWith("accTitle") || line.startsWith("accDescr")) {
                continue;
            } else if (line.startsWith("section ")) {
                String name = line.substring(8).strip();
                sections.add(new Section(unique(slug(name, "stage"), ids), name, new ArrayList<>()));
            } else {
                String[] parts = line.split(":", -1);
                if (parts.length < 2) throw new InputException(path + ":" + (i + 1) + ": expected `Task name: score: Actor, Actor`, found `" + line + "`");
                int score;
                try {
                    score = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    throw new InputException(path + ":" + (i + 1) + ": the score `" + parts[1].strip() + "` is not a whole number from 1 to 5");
                }
                score = Math.max(1, Math.min(5, score));
                List<String> actors = new ArrayList<>();
                if (parts.length > 2) {
                    for (String a : parts[2].split(",")) {
                        String name = a.strip();
                        if (name.isEmpty()) continue;
                        String id = personas.computeIfAbsent(name, n -> slug(n, "persona"));
                        if (!actors.contains(id)) actors.add(id);
                    }
                }
                if (sections.isEmpty()) sections.add(new Section(unique("journey-stage", ids), "Journey", new ArrayList<>()));
                String name = parts[0].strip();
                sections.get(sections.size() - 1).tasks().add(new Task(unique(slug(name, "step"), ids), name, score, actors));
            }
        }
        if (!header) throw new InputException(path + ": empty file; a Mermaid journey diagram starts with `journey`");
        return Formatter.format(new SourceText(path, text(title, sections, personas)))
                .orElseThrow(() -> new IllegalStateException("the importer wrote text that does not parse"));
    }

    private static String text(String title, List<Section> sections, Map<String, String> personas) {
        StringBuilder sb = new StringBuilder("// Imported from a Mermaid journey diagram.\n");
        personas.forEach((name, id) -> sb.append("persona ").append(id).append(' ').append(quote(name)).append(" { }\n"));
        String shown = title == null ? "Imported journey" : title;
        sb.append("// Add `owner @team` and `reviewed YYYY-MM-DD by @you`: `waymark check` asks for both.\n");
        sb.append("journey ").append(slug(shown, "journey")).append(' ').append(quote(shown)).append(" {\n");
        if (!personas.isEmpty()) sb.append("personas ").append(String.join(", ", personas.values())).append('\n');
        for (Section s : sections) {
            sb.append("stage ").append(s.id()).append(' ').append(quote(s.title())).append(" {\n");
            for (Task t : s.tasks()) {
                sb.append("step ").append(t.id()).append(' ').append(quote(t.title())).append(" {\n");
                if (!t.actors().isEmpty() && !t.actors().equals(new ArrayList<>(personas.values()))) {
                    sb.append("persona ").append(String.join(", ", t.actors())).append('\n');
                }
                int e = EMOTION[t.score()];
                sb.append("emotion ").append(e > 0 ? "+" + e : String.valueOf(e)).append('\n');
                sb.append("}\n");
            }
            sb.append("}\n");
        }
        return sb.append("}\n").toString();
    }

    static String slug(String text, String fallback) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) return fallback;
        if (!Character.isLetter(s.charAt(0))) s = fallback + "-" + s;
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-+$", "") : s;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
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
