package dev.waymark.render;

import dev.waymark.model.Stage;
import dev.waymark.model.Step;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Mermaid `journey` diagram of one journey, so that a map shows up in GitHub Markdown:
 * the title, one `section` per stage, one task per step with its emotion as a score and its
 * actors (the personas' names).
 *
 * <p>Emotion -3..+3 becomes Mermaid's 1..5 by {@link #score}: round(1 + (e + 3) x 2/3), so
 * -3 → 1, -2 and -1 → 2, 0 → 3, +1 and +2 → 4, +3 → 5; a step without emotion gets 3 (neutral).
 * Mermaid draws a frown below 3 and a smile above it, so the sign of every emotion survives.
 *
 * <p>Mermaid's journey syntax has no escaping: `:` ends a task name, `,` separates actors,
 * `#` and `;` start entity codes and statements, `%%` a comment (and a line starting with `%`
 * is skipped), and a line break ends everything. {@link #safe} replaces those with look-alike characters and drops what XML and
 * bidi controls would also drop; a name that starts with a keyword gets a leading word joiner.
 */
public final class MermaidJourney {
    private MermaidJourney() {
    }

    public static byte[] render(JourneyView view) {
        StringBuilder out = new StringBuilder();
        out.append("journey\n");
        out.append("  title ").append(safe(view.journey().displayTitle())).append('\n');
        for (Stage stage : view.journey().stages()) {
            if (stage.steps().isEmpty()) continue;
            out.append("  section ").append(safe(stage.displayTitle())).append('\n');
            for (Step step : stage.steps()) {
                out.append("    ").append(safe(step.displayTitle())).append(": ")
                        .append(score(step.emotion().map(e -> e.score().value()).orElse(0.0)));
                Set<String> actors = new LinkedHashSet<>();
                for (JourneyView.PersonaRef p : view.personas(step)) actors.add(safe(p.name()).replace(',', ' ').strip());
                actors.remove("");
                if (!actors.isEmpty()) out.append(": ").append(String.join(", ", actors));
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Emotion -3..+3 (clamped) onto Mermaid's 1..5. */
    public static int score(double emotion) {
        double e = Math.max(-3, Math.min(3, emotion));
        return (int) Math.round(1 + (e + 3) * 2 / 3);
    }

    private static final List<String> KEYWORDS = List.of("title", "section", "journey", "acctitle", "accdescr");

    /** Text that Mermaid reads as plain text on one line. */
    public static String safe(String text) {
        String t = XmlText.oneLine(text)
                .replace(':', '∶')        // RATIO
                .replace(';', '；')       // FULLWIDTH SEMICOLON
                .replace('#', '＃')       // FULLWIDTH NUMBER SIGN
                .replace("%%", "%\u200B%")
                .replace('{', '(')
                .replace('}', ')');
        t = t.replaceAll("\\s+", " ").strip();
        // Mermaid's lexer skips a line whose text starts with `%`: the task would vanish
        if (t.startsWith("%")) t = "\u2060" + t;
        String lower = t.toLowerCase(Locale.ROOT);
        for (String k : KEYWORDS) {
            if (lower.startsWith(k)) {
                t = "\u2060" + t;
                break;
            }
        }
        return t.isEmpty() ? "(untitled)" : t;
    }
}
