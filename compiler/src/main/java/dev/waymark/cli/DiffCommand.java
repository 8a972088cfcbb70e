package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.config.Policy;
import dev.waymark.util.AtomicFiles;
import dev.waymark.diff.DiffFormat;
import dev.waymark.diff.DiffReport;
import dev.waymark.diff.DiffSources;
import dev.waymark.diff.DiffText;
import dev.waymark.diff.GitWorkspaces;
import dev.waymark.diff.Level;
import dev.waymark.diff.WorkspaceDiff;
import dev.waymark.resolve.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `waymark diff OLD NEW` / `waymark diff --git BASE [HEAD]`: semantic changes between two versions of the maps. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Semantic changes between two files, folders or git revisions: what changed in the journeys, not which lines.",
                "Without HEAD, --git compares BASE with the working tree."})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--git", paramLabel = "BASE",
            description = "Compare the git revision BASE with HEAD (the next argument) or, without one, with the working tree.")
    String gitBase;

    @Option(names = "--path", paramLabel = "PATH",
            description = "With --git: only *.journey files under PATH (repeatable). Default: the sources of waymark.yaml, else the current folder (with --repo: DIR).")
    List<Path> only;

    @Option(names = "--repo", paramLabel = "DIR", description = "The git repository for --git (default: the one around the current folder).")
    Path repo;

    @Parameters(paramLabel = "OLD NEW | HEAD", arity = "0..2",
            description = "Two files or folders (searched for *.journey); with --git, an optional HEAD revision.")
    List<String> args;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    DiffFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Exit 1 when a change is at or above this level: breaking or notable. Default: never.")
    Level failOn;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (whole or not at all) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws InputException {
        List<String> given = args == null ? List.of() : args;
        if (gitBase == null && given.size() != 2) return usage("give two files or folders (OLD NEW), or --git BASE [HEAD]");
        if (gitBase != null && given.size() > 1) return usage("--git takes BASE and at most one HEAD revision");
        if (gitBase == null && (only != null || repo != null)) return usage("--path and --repo go with --git");
        Policy policy = common.policy();
        Workspace before;
        Workspace after;
        if (gitBase != null) {
            Path dir = repo != null ? repo : common.workingDir();
            // like `check`: the paths given, else the sources of waymark.yaml, else the current folder (relative to DIR)
            List<Path> paths = common.paths(only, policy);
            before = GitWorkspaces.read(dir, gitBase, paths);
            after = given.isEmpty() ? GitWorkspaces.workingTree(dir, paths) : GitWorkspaces.read(dir, given.get(0), paths);
        } else {
            before = DiffSources.load(List.of(Path.of(given.get(0))), common.workingDir(), given.get(0));
            after = DiffSources.load(List.of(Path.of(given.get(1))), common.workingDir(), given.get(1));
        }
        DiffReport report = WorkspaceDiff.compare(before, after, policy, common.asOf());
        String text = common.quiet && format == DiffFormat.TEXT ? DiffText.total(report)
                : format.render(report, out == null && common.color());
        if (out != null) {
            try {
                AtomicFiles.write(out, text);
            } catch (java.io.IOException e) {
                throw new InputException("cannot write " + out + ": " + dev.waymark.util.IoProblems.why(e, out), e);
            }
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        boolean broken = newSideErrors(after, policy);
        return failOn != null && (broken || report.failsAt(failOn)) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * The new side of a diff is what will be merged: when it does not pass `check` at error
     * level, say so on stderr (the report itself stays clean for the PR comment), and with
     * --fail-on fail on it. (A side that does not parse stops the diff before this.)
     */
    private boolean newSideErrors(Workspace after, Policy policy) {
        CheckResult checked = Waymark.check(after, Waymark.CheckRequest.of(List.of(), common.workingDir())
                .withPolicy(policy).withAsOf(common.asOf()));
        List<Diagnostic> errors = checked.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) return false;
        Diagnostic first = errors.get(0);
        spec.commandLine().getErr().println("waymark: the new side has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + ", the first: " + first.span().file() + ":" + first.span().line() + ":" + first.span().column() + ": "
                + first.message() + " [" + first.rule() + "]; `waymark check` lists them"
                + (failOn != null ? "" : " (with --fail-on, diff exits 1 on them)"));
        spec.commandLine().getErr().flush();
        return true;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("waymark: " + message);
        spec.commandLine().getErr().println("Run 'waymark diff --help' for usage.");
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }

    /** `--fail-on breaking|notable` (info too: any change). */
    static final class LevelConverter implements CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            try {
                return Level.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
