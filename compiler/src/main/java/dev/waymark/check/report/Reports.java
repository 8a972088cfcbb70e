package dev.waymark.check.report;

import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;

import dev.waymark.Waymark;

import java.nio.file.Path;
import java.time.LocalDate;

/** The output formats of `waymark check --format`. */
public final class Reports {
    private Reports() {
    }

    public enum Format { text, json, sarif, github, junit, gitlab }

    /**
     * What a report may need beyond the result: the rules that ran (SARIF describes them, JUnit
     * lists one test case per rule) and the policy that set their levels.
     */
    public record Options(Rules rules, Policy policy, boolean color, boolean quiet, Path workingDir, LocalDate asOf) {
        public Options(Rules rules, Policy policy, boolean color, boolean quiet) {
            this(rules, policy, color, quiet, Path.of("").toAbsolutePath(), Waymark.today());
        }

        /** The folder the shown paths are relative to (SARIF and GitLab make them repository-relative). */
        public Options in(Path dir, LocalDate day) {
            return new Options(rules, policy, color, quiet, dir, day);
        }
    }

    public static String render(Format format, CheckResult result, boolean color, boolean quiet) {
        return render(format, result, new Options(Rules.load(), Policy.defaults(), color, quiet));
    }

    public static String render(Format format, CheckResult result, Options options) {
        String text = report(format, result, options);
        if ((format == Format.text || format == Format.github) && !result.baselined().isEmpty()) {
            int n = result.baselined().size();
            text += n + (n == 1 ? " finding" : " findings") + " in the baseline, not shown and not failing the check\n";
        }
        return text;
    }

    private static String report(Format format, CheckResult result, Options options) {
        return switch (format) {
            case text -> new TextReport(result.workspace()::source, options.color()).render(result.diagnostics(), result.summary(), options.quiet());
            case json -> JsonReport.render(result.diagnostics(), result.summary());
            case sarif -> SarifReport.render(result, options.rules(), options.policy(), options.workingDir());
            case github -> GithubReport.render(result.diagnostics(), result.summary(), options.quiet());
            case gitlab -> GitlabReport.render(result, options.workingDir());
            case junit -> JunitReport.render(result, options.rules(), options.policy(), options.asOf());
        };
    }
}
