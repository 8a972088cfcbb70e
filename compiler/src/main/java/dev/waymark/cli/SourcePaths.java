package dev.waymark.cli;

import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** The PATH arguments of check, render and fmt; resolved against waymark.yaml by {@link CommonOptions#paths}. */
public final class SourcePaths {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders (searched for *.journey). Default: the sources of waymark.yaml, else the current folder.")
    List<Path> given;
}
