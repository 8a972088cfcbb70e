package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.config.PolicyLoader;
import dev.waymark.config.Sources;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Options every command shares: the "as of" date, the config file, colour, quiet, debug. */
public final class CommonOptions {
    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, description = "Judge review dates as of this day (YYYY-MM-DD) instead of today (UTC).")
    LocalDate asOf;

    @Option(names = "--config", paramLabel = "FILE", description = "The waymark.yaml to use (default: the nearest one from the current folder up).")
    Path config;

    @Option(names = "--no-color", description = "No ANSI colour (also when NO_COLOR is set or output is not a terminal).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    public Path workingDir() {
        return Paths.get("").toAbsolutePath();
    }

    public LocalDate asOf() {
        return asOf != null ? asOf : Waymark.today();
    }

    public Policy policy() throws InputException {
        return policy(Rules.load());
    }

    /** The policy, where `rules:` may name any of these rules (a team's own included). */
    public Policy policy(Rules rules) throws InputException {
        return PolicyLoader.load(workingDir(), Optional.ofNullable(config), rules.ids());
    }

    public boolean color() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }

    /** The paths given, else the `sources` of waymark.yaml (relative to that file; globs allowed), else the current folder. */
    public List<Path> paths(List<Path> given, Policy policy) throws InputException {
        if (given != null && !given.isEmpty()) return given;
        List<Path> paths = Sources.resolveOr(policy, workingDir(), List.of(Paths.get(".")));
        if (!policy.sources().isEmpty()) {
            for (Path p : paths) {
                // the path is not one the user typed: say where it comes from
                if (!java.nio.file.Files.exists(p)) {
                    String config = policy.file().map(f -> dev.waymark.resolve.WorkspaceLoader.display(workingDir(), f)).orElse("waymark.yaml");
                    throw new InputException(config + ": `sources` lists " + dev.waymark.resolve.WorkspaceLoader.display(workingDir(), p)
                            + ", which does not exist; fix the path in " + config + " or pass the paths to check");
                }
            }
        }
        return paths;
    }
}
