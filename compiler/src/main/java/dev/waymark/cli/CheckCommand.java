package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.Baseline;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.check.report.Reports;
import dev.waymark.config.Policy;
import dev.waymark.history.GitChangeHistory;
import dev.waymark.model.Severity;
import dev.waymark.util.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `waymark check [PATH...]`: parse and validate; print diagnostics. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Parse and validate journey maps; print diagnostics.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    SourcePaths paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Reports.Format format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = SeverityConverter.class,
            description = "Exit 1 when a diagnostic is at or above this level: error, warning, info. Default: ${DEFAULT-VALUE}.")
    Severity failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in FILE are reported as baselined and do not fail the check; only new ones do.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Write the current findings to the --baseline FILE (creating it) and exit 0.")
    boolean updateBaseline;

    /** The environment; tests replace it. */
    static java.util.function.UnaryOperator<String> environment = System::getenv;

    @Override
    public Integer call() throws InputException {
        Rules rules = Rules.load();
        Policy policy = common.policy(rules);
        CheckResult result;
        List<Path> searched = common.paths(paths.given, policy);
        try (GitChangeHistory history = Histories.forCli(common.workingDir())) {
            Waymark.CheckRequest request = Waymark.CheckRequest.of(searched, common.workingDir())
                    .withRules(rules).withPolicy(policy).withAsOf(common.asOf()).withHistory(history);
            result = Waymark.check(request);
        }
        SourcePaths.requireFiles(result.summary().files(), searched);
        if (updateBaseline) return writeBaseline(result);
        if (baseline != null) {
            Baseline.Applied applied = Baseline.read(common.workingDir().resolve(baseline)).apply(result, common.workingDir());
            result = applied.result();
            if (!applied.stale().isEmpty()) {
                spec.commandLine().getErr().println("waymark: " + applied.stale().size() + " baseline "
                        + (applied.stale().size() == 1 ? "entry is" : "entries are") + " no longer found in " + baseline
                        + " (fixed or moved); --update-baseline drops them");
            }
        }
        Reports.Options options = new Reports.Options(rules, policy, common.color(), common.quiet).in(common.workingDir(), common.asOf());
        String text = Reports.render(format, result, options);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        if (format == Reports.Format.github) StepSummary.append(environment.apply("GITHUB_STEP_SUMMARY"), result, spec.commandLine().getErr());
        return result.summary().failsAt(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private int writeBaseline(CheckResult result) throws InputException {
        if (baseline == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--update-baseline needs --baseline FILE: the file to write");
        }
        Path file = common.workingDir().resolve(baseline);
        Baseline written = Baseline.of(result, file, common.workingDir());
        try {
            AtomicFiles.write(file, written.text());
        } catch (IOException e) {
            throw new InputException(baseline + ": cannot write the baseline: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + written.entries().size() + " finding" + (written.entries().size() == 1 ? "" : "s")
                + " to the baseline " + baseline);
        return ExitCodes.OK;
    }
}
