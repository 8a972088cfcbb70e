package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.init.Starter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `waymark init [DIR]`: a commented waymark.yaml and a starter journey that passes the checks. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented waymark.yaml and a starter journey (journeys/first.journey). Never overwrites a file.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The folder to set up (default: the current folder).")
    Path dir;

    @Override
    public Integer call() throws InputException {
        Path folder = common.workingDir().resolve(dir == null ? Path.of(".") : dir).normalize();
        PrintWriter out = spec.commandLine().getOut();
        Path here = common.workingDir();
        for (Path written : Starter.write(folder, common.asOf())) {
            Path shown = written.startsWith(here) ? here.relativize(written) : written;
            out.println("created " + shown.toString().replace('\\', '/'));
        }
        out.println("next: edit the journey, then run 'waymark check'" + (dir == null ? "" : " in " + dir));
        out.flush();
        return ExitCodes.OK;
    }
}
