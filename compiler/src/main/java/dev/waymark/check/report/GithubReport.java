package dev.waymark.check.report;

import dev.waymark.check.Summary;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * `--format github`: GitHub Actions workflow commands, one annotation per diagnostic
 * (`::error file=...,line=...,col=...,endLine=...,endColumn=...,title=RULE::message`), escaped
 * as the runner unescapes them, then the summary as a plain log line. A step shows at most
 * {@link #LIMIT} annotations of each level, so the most severe come first and the rest are
 * counted in a line of their own and printed as plain log lines; the full report can also go
 * to the job summary as Markdown ({@link #markdown}).
 */
public final class GithubReport {
    /** GitHub's per-step limit for each of error, warning and notice annotations. */
    static final int LIMIT = 10;

    private GithubReport() {
    }

    public static String render(List<Diagnostic> diagnostics, Summary summary, boolean quiet) {
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : diagnostics) if (!quiet || d.severity() == Severity.ERROR) shown.add(d);
        shown.sort(Comparator.comparing(Diagnostic::severity, Comparator.reverseOrder()).thenComparing(Diagnostic.ORDER));
        StringBuilder out = new StringBuilder();
        Map<Severity, Integer> annotated = new EnumMap<>(Severity.class);
        List<Diagnostic> rest = new ArrayList<>();
        for (Diagnostic d : shown) {
            if (annotated.merge(d.severity(), 1, Integer::sum) <= LIMIT) out.append(command(d)).append('\n');
            else rest.add(d);
        }
        out.append(TextReport.summaryLine(summary)).append('\n');
        if (!rest.isEmpty()) {
            out.append(restLine(rest)).append('\n');
            for (Diagnostic d : rest) out.append(plain(d)).append('\n');
        }
        return out.toString();
    }

    private static String restLine(List<Diagnostic> rest) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        rest.forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            Integer n = counts.get(s);
            if (n != null) parts.add(n + " " + level(s) + (n == 1 ? "" : "s"));
        }
        return "not annotated (GitHub shows " + LIMIT + " annotations of each level per step): "
                + String.join(", ", parts) + "; they follow, and the job summary lists every problem";
    }

    private static String plain(Diagnostic d) {
        SourceSpan s = d.span();
        return s.file() + ":" + s.line() + ":" + s.column() + ": " + d.severity().label() + "[" + d.rule() + "] " + d.message();
    }

    static String command(Diagnostic d) {
        SourceSpan s = d.span();
        String message = d.message() + d.help().map(h -> "\nhelp: " + h).orElse("");
        return "::" + level(d.severity()) + " file=" + property(s.file()) + ",line=" + s.line() + ",col=" + s.column()
                + ",endLine=" + s.endLine() + ",endColumn=" + s.endColumn() + ",title=" + property(d.rule().id())
                + "::" + data(message);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The whole report as Markdown for `$GITHUB_STEP_SUMMARY`: a heading, the counts, one table row per problem. */
    public static String markdown(List<Diagnostic> diagnostics, Summary summary) {
        StringBuilder out = new StringBuilder("### Waymark check\n\n").append(TextReport.summaryLine(summary)).append("\n\n");
        if (diagnostics.isEmpty()) return out.toString();
        out.append("| Severity | Rule | Where | Problem |\n|---|---|---|---|\n");
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparing(Diagnostic::severity, Comparator.reverseOrder()).thenComparing(Diagnostic.ORDER));
        for (Diagnostic d : sorted) {
            SourceSpan s = d.span();
            out.append("| ").append(d.severity().label()).append(" | `").append(d.rule()).append("` | ")
                    .append(cell(s.file() + ":" + s.line() + ":" + s.column())).append(" | ")
                    .append(cell(d.message() + d.help().map(h -> " (help: " + h + ")").orElse(""))).append(" |\n");
        }
        return out.append('\n').toString();
    }

    /** A table cell: pipes escaped, line breaks as `<br>`, and Markdown's own characters taken literally. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\r\n", "<br>")
                .replace("\n", "<br>").replace("\r", "<br>");
    }

    /** The runner's escaping of a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escaping of a property value: as data, plus `:` and `,`. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
