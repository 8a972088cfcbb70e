package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.check.report.Reports;
import dev.waymark.config.Policy;
import dev.waymark.history.GitChangeHistory;
import dev.waymark.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        Reports.Options options = new Reports.Options(rules, policy, common.color(), common.quiet).in(common.workingDir(), common.asOf());
        String text = Reports.render(format, result, options);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        if (format == Reports.Format.github) StepSummary.append(environment.apply("GITHUB_STEP_SUMMARY"), result, spec.commandLine().getErr());
        return result.summary().failsAt(failOn) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
