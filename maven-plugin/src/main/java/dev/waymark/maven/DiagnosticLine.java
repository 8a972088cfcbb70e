package dev.waymark.maven;

import dev.waymark.check.Summary;
import dev.waymark.model.Diagnostic;

/** The one-line forms the plugin logs: `file:line:col rule message` and the closing counts. */
final class DiagnosticLine {
    private DiagnosticLine() {
    }

    static String of(Diagnostic d) {
        return d.span().file() + ":" + d.span().line() + ":" + d.span().column() + " " + d.rule() + " " + d.message()
                + d.help().map(h -> " (" + h + ")").orElse("");
    }

    static String summary(Summary s) {
        return "Waymark: " + count(s.files(), "file") + ", " + count(s.journeys(), "journey") + ": "
                + count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", " + count(s.infos(), "info");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
