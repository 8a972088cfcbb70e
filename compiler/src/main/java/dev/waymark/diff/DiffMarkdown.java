package dev.waymark.diff;

import java.util.List;

/**
 * The pull-request comment: a heading with the totals, a summary table with a row per
 * journey, then each journey's changes as a table. Breaking changes are always in view;
 * when a journey has many changes the rest fold into a {@code <details>} section.
 */
public final class DiffMarkdown {
    /** Up to this many changes a journey's table is shown whole. */
    static final int FOLD_AFTER = 10;
    /** GitHub refuses comments over 65,536 characters; the rest is left for the summary table and a note. */
    static final int MAX_LENGTH = 60_000;

    private DiffMarkdown() {
    }

    public static String render(DiffReport report) {
        StringBuilder md = new StringBuilder("## Waymark: journey map changes\n\n");
        if (report.isEmpty()) return md.append("No semantic changes to the journey maps.\n").toString();
        List<DiffReport.Group> groups = report.groups();
        md.append(totals(report)).append(" Review status judged as of ").append(report.asOf()).append(".\n\n");
        md.append("| Journey | Breaking | Notable | Info |\n|---|---:|---:|---:|\n");
        for (DiffReport.Group g : groups) {
            md.append("| ").append(groupName(g)).append(" | ").append(bold(g.count(Level.BREAKING)))
                    .append(" | ").append(g.count(Level.NOTABLE)).append(" | ").append(g.count(Level.INFO)).append(" |\n");
        }
        for (int i = 0; i < groups.size(); i++) {
            String section = section(groups.get(i));
            if (md.length() + section.length() > MAX_LENGTH) {
                md.append("\n_").append(groups.size() - i).append(" more sections left out: a pull-request comment holds ")
                        .append("65,536 characters. `waymark diff --format json` lists every change._\n");
                break;
            }
            md.append(section);
        }
        return md.toString();
    }

    /** One journey's (or the workspace's) heading and changes. */
    private static String section(DiffReport.Group g) {
        StringBuilder md = new StringBuilder();
        md.append("\n### ").append(groupName(g)).append("\n\n");
        List<Change> changes = g.changes();
        if (changes.size() <= FOLD_AFTER) {
            table(md, changes);
        } else {
            List<Change> breaking = changes.stream().filter(c -> c.level() == Level.BREAKING).toList();
            List<Change> rest = changes.stream().filter(c -> c.level() != Level.BREAKING).toList();
            if (!breaking.isEmpty()) {
                table(md, breaking);
                md.append('\n');
            }
            md.append("<details><summary>").append(rest.size()).append(breaking.isEmpty() ? "" : " more")
                    .append(" changes (").append(g.count(Level.NOTABLE)).append(" notable, ")
                    .append(g.count(Level.INFO)).append(" info)</summary>\n\n");
            table(md, rest);
            md.append("\n</details>\n");
        }
        return md.toString();
    }

    private static String totals(DiffReport report) {
        return bold(report.count(Level.BREAKING)) + " breaking, " + report.count(Level.NOTABLE) + " notable and "
                + report.count(Level.INFO) + " info changes in " + scope(report) + ".";
    }

    /** "2 journeys", "1 journey and personas or teams". */
    static String scope(DiffReport report) {
        long journeys = report.groups().stream().filter(g -> g.journey().isPresent()).count();
        boolean workspace = report.groups().stream().anyMatch(g -> g.journey().isEmpty());
        if (journeys == 0) return "personas or teams";
        return journeys + (journeys == 1 ? " journey" : " journeys") + (workspace ? " and personas or teams" : "");
    }

    private static String bold(long n) {
        return n > 0 ? "**" + n + "**" : "0";
    }

    private static String groupName(DiffReport.Group g) {
        return g.journey().map(j -> MarkdownText.code(j) + g.title().filter(t -> !t.equals(j)).map(t -> " — " + MarkdownText.text(t)).orElse(""))
                .orElse("Personas and teams");
    }

    private static void table(StringBuilder md, List<Change> changes) {
        md.append("| Level | Element | Change |\n|---|---|---|\n");
        for (Change c : changes) {
            md.append("| ").append(level(c.level())).append(" | ").append(element(c)).append(" | ").append(what(c)).append(" |\n");
        }
    }

    /** A symbol and the word: the level reads without colour. */
    private static String level(Level level) {
        switch (level) {
            case BREAKING:
                return "🔴 **breaking**";
            case NOTABLE:
                return "🟡 notable";
            default:
                return "⚪ info";
        }
    }

    private static String element(Change c) {
        StringBuilder s = new StringBuilder(c.element().label()).append(' ').append(MarkdownText.code(c.id()));
        // a journey's own title is already its section's heading
        c.title().filter(t -> !t.equals(c.id()) && c.element() != ElementKind.JOURNEY).ifPresent(t -> s.append(" (").append(MarkdownText.text(t)).append(')'));
        if (c.element() == ElementKind.PAIN || c.element() == ElementKind.METRIC) {
            c.parent().ifPresent(p -> s.append(" of step ").append(MarkdownText.code(p)));
        }
        return s.toString();
    }

    private static String what(Change c) {
        String field = MarkdownText.text(c.field().orElse(""));
        switch (c.change()) {
            case ADDED:
                String share = c.element() == ElementKind.FLOW ? " with share " : ": ";
                return "added" + c.after().map(v -> share + MarkdownText.code(v)).orElse("");
            case REMOVED:
                return "removed" + c.before().map(v -> " (was " + MarkdownText.code(v) + ")").orElse("");
            case RENAMED:
                return "renamed from " + MarkdownText.code(c.before().orElse(""));
            case MOVED:
                return "moved: " + field + " " + MarkdownText.code(c.before().orElse("")) + " → " + MarkdownText.code(c.after().orElse(""));
            default:
                if (c.before().isEmpty()) return "**" + field + "** added: " + MarkdownText.code(c.after().orElse(""));
                if (c.after().isEmpty()) return "**" + field + "** removed: " + MarkdownText.code(c.before().get());
                return "**" + field + "**: " + MarkdownText.code(c.before().get()) + " → " + MarkdownText.code(c.after().get());
        }
    }
}
