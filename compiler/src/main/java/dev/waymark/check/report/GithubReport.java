package dev.waymark.check.report;

import dev.waymark.check.Summary;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;

import java.util.List;

/**
 * `--format github`: GitHub Actions workflow commands, one annotation per diagnostic
 * (`::error file=...,line=...,col=...,endLine=...,endColumn=...,title=RULE::message`), escaped
 * as the runner unescapes them, then the summary as a plain log line.
 */
public final class GithubReport {
    private GithubReport() {
    }

    public static String render(List<Diagnostic> diagnostics, Summary summary, boolean quiet) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (quiet && d.severity() != Severity.ERROR) continue;
            out.append(command(d)).append('\n');
        }
        out.append(TextReport.summaryLine(summary)).append('\n');
        return out.toString();
    }

    static String command(Diagnostic d) {
        SourceSpan s = d.span();
        String level = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        String message = d.message() + d.help().map(h -> "\nhelp: " + h).orElse("");
        return "::" + level + " file=" + property(s.file()) + ",line=" + s.line() + ",col=" + s.column()
                + ",endLine=" + s.endLine() + ",endColumn=" + s.endColumn() + ",title=" + property(d.rule())
                + "::" + data(message);
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
