package dev.waymark.importer;

import dev.waymark.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Mermaid `journey` diagram read as Mermaid reads it: optional YAML front matter (its
 * `title:` is used when the diagram has no `title` line), `%%` comments, `accTitle: ...`,
 * `accDescr: ...` and multi-line `accDescr { ... }`, `section`s and tasks
 * `Name: score: Actor, Actor`. A score is whatever JavaScript's `Number()` reads (Mermaid
 * takes `4.5` or ` 3 ` too); an empty score is 0, as in Mermaid.
 */
record MermaidDiagram(Optional<String> title, List<Section> sections) {

    record Task(String name, double score, List<String> actors) {
    }

    record Section(String name, List<Task> tasks) {
    }

    /** {@code firstLine}: where the diagram starts in its file (0-based), so messages give the file's line. */
    static MermaidDiagram parse(String path, String text, int firstLine) throws InputException {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        Optional<String> frontTitle = Optional.empty();
        if (i < lines.length && lines[i].strip().equals("---")) {
            int start = i;
            for (i++; i < lines.length && !lines[i].strip().equals("---"); i++) {
                String l = lines[i].strip();
                if (l.startsWith("title:")) frontTitle = Optional.of(unquote(l.substring(6).strip()));
            }
            if (i >= lines.length) throw new InputException(where(path, firstLine, start) + "the front matter (`---`) is never closed");
            i++;
        }
        Optional<String> title = Optional.empty();
        List<Section> sections = new ArrayList<>();
        boolean header = false;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("%%")) continue;
            if (!header) {
                if (!(line.equals("journey") || line.startsWith("journey "))) {
                    throw new InputException(where(path, firstLine, i) + "not a Mermaid journey diagram (the first line must be `journey`)");
                }
                header = true;
            } else if (line.startsWith("title ") || line.equals("title")) {
                title = Optional.of(line.substring(5).strip());
            } else if (line.startsWith("accDescr") && line.substring(8).strip().startsWith("{")) {
                // a multi-line description runs to the first `}`
                int open = i;
                while (i < lines.length && !lines[i].contains("}")) i++;
                if (i >= lines.length) throw new InputException(where(path, firstLine, open) + "`accDescr {` is never closed with `}`");
            } else if (line.startsWith("accTitle") || line.startsWith("accDescr")) {
                continue;
            } else if (line.startsWith("section ") || line.equals("section")) {
                sections.add(new Section(line.substring(7).strip(), new ArrayList<>()));
            } else {
                int colon = line.indexOf(':');
                if (colon < 0) throw new InputException(where(path, firstLine, i) + "expected `Task name: score: Actor, Actor`, found `" + line + "`");
                String name = line.substring(0, colon).strip();
                String rest = line.substring(colon + 1);
                int second = rest.indexOf(':');
                String scoreText = (second < 0 ? rest : rest.substring(0, second)).strip();
                String at = where(path, firstLine, i);
                double score = number(scoreText).orElseThrow(() -> new InputException(at
                        + "the score `" + scoreText + "` is not a number (Mermaid draws 1 to 5)"));
                List<String> actors = new ArrayList<>();
                if (second >= 0) {
                    for (String a : rest.substring(second + 1).split(",")) if (!a.isBlank() && !actors.contains(a.strip())) actors.add(a.strip());
                }
                if (sections.isEmpty()) sections.add(new Section("", new ArrayList<>()));
                sections.get(sections.size() - 1).tasks().add(new Task(name, score, actors));
            }
        }
        if (!header) throw new InputException(path + ": empty diagram; a Mermaid journey diagram starts with `journey`");
        return new MermaidDiagram(title.isPresent() ? title : frontTitle, sections);
    }

    /** JavaScript's `Number()` on a score: decimals, exponents, an empty text as 0; not NaN or infinity. */
    static Optional<Double> number(String text) {
        if (text.isEmpty()) return Optional.of(0.0);
        if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return Optional.empty();
        double v = Double.parseDouble(text);
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }

    private static String where(String path, int firstLine, int index) {
        return path + ":" + (firstLine + index + 1) + ": ";
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
