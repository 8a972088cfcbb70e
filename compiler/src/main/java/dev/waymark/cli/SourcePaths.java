package dev.waymark.cli;

import dev.waymark.InputException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The PATH arguments of check, render and fmt; resolved against waymark.yaml by {@link CommonOptions#paths}. */
public final class SourcePaths {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders (searched for *.journey). Default: the sources of waymark.yaml, else the current folder.")
    List<Path> given;

    /**
     * No `.journey` file under the paths is a mistake on the command line: a CI job pointed at
     * the wrong folder must not pass because it checked nothing.
     */
    static void requireFiles(int files, List<Path> searched) throws InputException {
        if (files > 0) return;
        String where = searched.stream().map(Path::toString).collect(Collectors.joining(", "));
        throw new InputException("no .journey files under " + where
                + "; name the folder that holds your maps, or set `sources` in waymark.yaml");
    }
}
