package dev.waymark.cli;

import dev.waymark.check.CheckResult;
import dev.waymark.check.report.GithubReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** `--format github` in Actions: the whole report as Markdown, appended to `$GITHUB_STEP_SUMMARY`. */
final class StepSummary {
    private StepSummary() {
    }

    static void append(String file, CheckResult result, PrintWriter err) {
        if (file == null || file.isBlank()) return;
        try {
            Files.writeString(Path.of(file), GithubReport.markdown(result.diagnostics(), result.summary()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            // the annotations are already out; a summary that cannot be written must not fail the check
            err.println("waymark: cannot append the report to GITHUB_STEP_SUMMARY (" + file + "): " + e.getMessage());
        }
    }
}
