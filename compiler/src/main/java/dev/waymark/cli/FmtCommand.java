package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.format.FormatRun;
import dev.waymark.config.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `waymark fmt [--check] [PATH...]`: rewrite files in the canonical layout, comments kept. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Rewrite journey files in the canonical layout (comments are kept). With --check, only list the files that would change.")
public final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--check", description = "Change nothing; exit 1 when a file is not formatted.")
    boolean check;

    @Mixin
    SourcePaths paths;

    @Override
    public Integer call() throws InputException {
        Policy policy = common.policy();
        List<Path> searched = common.paths(paths.given, policy);
        FormatRun.Result result = FormatRun.run(searched, common.workingDir(), !check);
        SourcePaths.requireFiles(result.files(), searched);
        PrintWriter out = spec.commandLine().getOut();
        for (String broken : result.unparsable()) out.println(broken + ": has syntax errors; run 'waymark check' (not formatted)");
        for (String f : result.changed()) out.println((check ? "would reformat " : "formatted ") + f);
        if (!common.quiet) {
            out.println(result.changed().size() + " of " + result.files() + " files " + (check ? "need formatting" : "reformatted"));
        }
        out.flush();
        boolean failed = !result.unparsable().isEmpty() || (check && !result.changed().isEmpty());
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
