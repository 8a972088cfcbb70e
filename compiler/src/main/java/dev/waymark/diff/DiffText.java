package dev.waymark.diff;

import java.util.List;
import java.util.Optional;

/**
 * The terminal format: per journey a heading with its counts, then one line per change
 * (level, element, id, what happened), and a summary line. Colour only when asked for; the
 * level is always spelled out, so nothing depends on colour.
 */
public final class DiffText {
    private static final String RESET = "\u001b[0m";

    private DiffText() {
    }

    public static String render(DiffReport report, boolean color) {
        StringBuilder out = new StringBuilder();
        if (report.isEmpty()) return "No semantic changes.\n";
        for (DiffReport.Group group : report.groups()) {
            out.append(style(color, "\u001b[1m", heading(group))).append("  ").append(counts(group.changes())).append('\n');
            int width = group.changes().stream().mapToInt(c -> element(c).length()).max().orElse(0);
            for (Change c : group.changes()) {
                out.append("  ").append(style(color, levelColour(c.level()), pad(c.level().label(), 8)))
                        .append(' ').append(pad(element(c), width))
                        .append("  ").append(oneLine(c.summary())).append('\n');
            }
            out.append('\n');
        }
        return out.append(total(report)).toString();
    }

    /** The last line alone: what `-q` prints. */
    public static String total(DiffReport report) {
        if (report.isEmpty()) return "No semantic changes.\n";
        return "Total: " + counts(report.changes()) + " (" + DiffMarkdown.scope(report) + ")\n";
    }

    static String heading(DiffReport.Group g) {
        return g.journey().map(j -> "journey " + j + g.title().filter(t -> !t.equals(j)).map(t -> " \"" + t + "\"").orElse(""))
                .orElse("personas and teams");
    }

    static String counts(List<Change> changes) {
        long b = changes.stream().filter(c -> c.level() == Level.BREAKING).count();
        long n = changes.stream().filter(c -> c.level() == Level.NOTABLE).count();
        long i = changes.stream().filter(c -> c.level() == Level.INFO).count();
        return b + " breaking, " + n + " notable, " + i + " info";
    }

    private static String element(Change c) {
        Optional<String> parent = c.parent().filter(p -> c.element() == ElementKind.PAIN || c.element() == ElementKind.METRIC);
        return c.element().label() + " " + parent.map(p -> p + "/").orElse("") + c.id();
    }

    private static String levelColour(Level level) {
        switch (level) {
            case BREAKING:
                return "\u001b[1;31m";
            case NOTABLE:
                return "\u001b[33m";
            default:
                return "\u001b[2m";
        }
    }

    private static String style(boolean color, String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Multi-line descriptions on one line, so each change stays one line (grep-able). */
    static String oneLine(String s) {
        return s.replace("\r", "").replace("\n", "\\n");
    }
}
