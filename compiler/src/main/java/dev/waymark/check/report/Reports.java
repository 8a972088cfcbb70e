package dev.waymark.check.report;

import dev.waymark.check.CheckResult;

/** The output formats of `waymark check --format`. */
public final class Reports {
    private Reports() {
    }

    public enum Format { text, json }

    public static String render(Format format, CheckResult result, boolean color, boolean quiet) {
        return switch (format) {
            case text -> new TextReport(result.workspace()::source, color).render(result.diagnostics(), result.summary(), quiet);
            case json -> JsonReport.render(result.diagnostics(), result.summary());
        };
    }
}
