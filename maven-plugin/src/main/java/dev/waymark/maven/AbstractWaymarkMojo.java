package dev.waymark.maven;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.config.PolicyLoader;
import dev.waymark.config.Sources;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every Waymark goal shares: where the maps are, which policy, as of which day, and `skip`. */
abstract class AbstractWaymarkMojo extends AbstractMojo {
    static final String DEFAULT_SOURCES = "src/main/journeys";

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The folder Maven was started in: in a multi-module build, file names are shown from here. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /**
     * Folders searched for `*.journey` files (and `.journey` files named directly). Default:
     * the `sources` of `waymark.yaml` when it has some (globs such as `maps/**&#47;*.journey`
     * expand as on the command line), else `src/main/journeys`. Folders
     * that do not exist are passed over, so modules without maps need no configuration.
     */
    @Parameter
    List<File> sourceDirectories;

    /** The policy file. Default: `waymark.yaml` in the project's base folder, when present. */
    @Parameter(property = "waymark.configFile")
    File configFile;

    /** Judge review dates as of this day (YYYY-MM-DD) instead of today (UTC), for reproducible builds. */
    @Parameter(property = "waymark.asOf")
    String asOf;

    /** Skip this goal. */
    @Parameter(property = "waymark.skip", defaultValue = "false")
    boolean skip;

    /** The project's base folder: where `waymark.yaml` and `src/main/journeys` are looked for. */
    Path base() {
        return basedir.toPath().toAbsolutePath().normalize();
    }

    /**
     * Where shown file names start: the folder the build was started in, when it holds this
     * project. In a multi-module build `orders/src/main/journeys/a.journey` says which module,
     * and SARIF locations are then relative to the repository root, as code scanning wants.
     */
    Path root() {
        if (executionRoot == null) return base();
        Path top = executionRoot.toPath().toAbsolutePath().normalize();
        return base().startsWith(top) ? top : base();
    }

    Policy policy(Rules rules) throws MojoExecutionException {
        Optional<Path> file = configFile != null ? Optional.of(configFile.toPath())
                : Optional.of(base().resolve(PolicyLoader.FILE_NAME)).filter(Files::isRegularFile);
        if (file.isEmpty()) return Policy.defaults();
        try {
            return PolicyLoader.load(base(), file, rules.ids());
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The source folders and files that exist, in the order configured. */
    List<Path> sources(Policy policy) {
        List<Path> configured = new ArrayList<>();
        if (sourceDirectories != null && !sourceDirectories.isEmpty()) {
            for (File f : sourceDirectories) configured.add(base().resolve(f.toPath()).normalize());
        } else {
            // the one expansion the CLI and the language server use: globs included
            configured.addAll(Sources.resolveOr(policy, base(), List.of(base().resolve(DEFAULT_SOURCES))));
        }
        List<Path> existing = configured.stream().filter(Files::exists).toList();
        if (existing.isEmpty()) {
            List<String> wanted = sourceDirectories == null || sourceDirectories.isEmpty()
                    ? (policy.sources().isEmpty() ? List.of(DEFAULT_SOURCES) : policy.sources())
                    : configured.stream().map(this::shown).toList();
            getLog().info("No journey maps: " + wanted + " not found");
        }
        return existing;
    }

    LocalDate asOfDate() throws MojoExecutionException {
        if (asOf == null || asOf.isBlank()) return Waymark.today();
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("asOf (waymark.asOf) must be a date like 2026-10-15, not '" + asOf + "'");
        }
    }

    String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(root()) ? root().relativize(abs) : abs).toString().replace('\\', '/');
    }
}
