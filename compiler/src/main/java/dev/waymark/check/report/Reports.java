package dev.waymark.check.report;

import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;

/** The output formats of `waymark check --format`. */
public final class Reports {
    private Reports() {
    }

    public enum Format { text, json, sarif, github, junit }

    /**
     * What a report may need beyond the result: the rules that ran (SARIF describes them, JUnit
     * lists one test case per rule) and the policy that set their levels.
     */
    public record Options(Rules rules, Policy policy, boolean color, boolean quiet) {
    }

    public static String render(Format format, CheckResult result, boolean color, boolean quiet) {
        return render(format, result, new Options(Rules.load(), Policy.defaults(), color, quiet));
    }

    public static String render(Format format, CheckResult result, Options options) {
        return switch (format) {
            case text -> new TextReport(result.workspace()::source, options.color()).render(result.diagnostics(), result.summary(), options.quiet());
            case json -> JsonReport.render(result.diagnostics(), result.summary());
            case sarif -> SarifReport.render(result, options.rules(), options.policy());
            case github -> GithubReport.render(result.diagnostics(), result.summary(), options.quiet());
            case junit -> JunitReport.render(result, options.rules(), options.policy());
        };
    }
}
