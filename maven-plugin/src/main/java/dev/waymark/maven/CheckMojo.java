package dev.waymark.maven;

import dev.waymark.util.AtomicFiles;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.Baseline;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.check.report.Reports;
import dev.waymark.config.Policy;
import dev.waymark.history.GitChangeHistory;
import dev.waymark.history.GitState;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.resolve.WorkspaceLoader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * `waymark:check`: checks the journey maps and fails the build on diagnostics at or above
 * `failOn`, listing each as `file:line:col rule message`. A check whose inputs (maps,
 * waymark.yaml, settings, as-of date, git commit) are unchanged since the last passing one is
 * not run again: `target/waymark/check.index` records them.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractWaymarkMojo {

    /** Fail the build on diagnostics at or above this level: error, warning or info. */
    @Parameter(property = "waymark.failOn", defaultValue = "error")
    String failOn;

    /** Reports to write into `reportDirectory`: any of sarif, json, junit. */
    @Parameter(property = "waymark.reportFormats")
    List<String> reportFormats;

    /** Where reports go. */
    @Parameter(defaultValue = "${project.build.directory}/waymark")
    File reportDirectory;

    /**
     * A baseline (as `waymark check --baseline`): findings recorded in it are logged as
     * baselined and do not fail the build; only new ones do.
     */
    @Parameter(property = "waymark.baseline")
    File baseline;

    /** Write the current findings to `baseline` instead of failing on them (`-Dwaymark.updateBaseline`). */
    @Parameter(property = "waymark.updateBaseline", defaultValue = "false")
    boolean updateBaseline;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Waymark check skipped (waymark.skip)");
            return;
        }
        long started = System.nanoTime();
        Severity failLevel = failLevel();
        List<ReportFile> reports = ReportFile.parse(reportFormats, reportDirectory.toPath());
        Rules rules = Rules.load();
        Policy policy = policy(rules);
        List<Path> sources = sources(policy);
        if (sources.isEmpty()) return;
        LocalDate asOfDate = asOfDate();
        try {
            Map<String, Path> files = WorkspaceLoader.discover(sources, root());
            CheckIndex index = index(policy, sources, files, asOfDate, failLevel, reports, rules);
            Path indexFile = buildDirectory.toPath().resolve("waymark").resolve("check.index");
            if (index.matches(indexFile) && reports.stream().allMatch(r -> Files.isRegularFile(r.file()))) {
                getLog().info("Journey maps up to date: " + DiagnosticLine.count(files.size(), "file")
                        + " unchanged since the last passing check (" + millis(started) + " ms)");
                return;
            }
            Files.deleteIfExists(indexFile);
            CheckResult result;
            try (GitChangeHistory history = GitChangeHistory.open(root(), Waymark.today())) {
                result = Waymark.check(Waymark.CheckRequest.of(sources, root())
                        .withPolicy(policy).withAsOf(asOfDate).withHistory(history).withRules(rules));
            }
            if (updateBaseline) {
                if (baseline == null) throw new MojoExecutionException("updateBaseline needs baseline: the file to write");
                Baseline written = Baseline.of(result, baseline.toPath(), root());
                AtomicFiles.write(baseline.toPath(), written.text());
                getLog().info("Wrote " + DiagnosticLine.count(written.entries().size(), "finding") + " to the baseline " + shown(baseline.toPath()));
                return;
            }
            if (baseline != null) {
                Baseline.Applied applied = Baseline.read(baseline.toPath()).apply(result, root());
                result = applied.result();
                if (!result.baselined().isEmpty()) {
                    getLog().info(DiagnosticLine.count(result.baselined().size(), "finding") + " in the baseline " + shown(baseline.toPath())
                            + ", not failing the build");
                }
                if (!applied.stale().isEmpty()) {
                    getLog().warn(applied.stale().size() + (applied.stale().size() == 1 ? " baseline entry" : " baseline entries") + " no longer found in "
                            + shown(baseline.toPath()) + " (fixed or moved); -Dwaymark.updateBaseline drops them");
                }
            }
            for (ReportFile r : reports) r.write(result, new Reports.Options(rules, policy, false, false).in(root(), asOfDate));
            report(result, failLevel, started);
            AtomicFiles.write(indexFile, index.text());
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write Waymark's files under " + buildDirectory + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // e.g. a git object that cannot be read while walking history: one line, the cause for -e
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private Severity failLevel() throws MojoExecutionException {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("failOn (waymark.failOn): " + e.getMessage());
        }
    }

    private CheckIndex index(Policy policy, List<Path> sources, Map<String, Path> files, LocalDate asOfDate,
                             Severity failLevel, List<ReportFile> reports, Rules rules)
            throws IOException {
        CheckIndex index = new CheckIndex()
                .setting("plugin", plugin.getId())
                .setting("asOf", asOfDate.toString())
                .setting("failOn", failLevel.label())
                .setting("baseline", baseline == null ? "none" : shown(baseline.toPath()) + (updateBaseline ? " (update)" : ""))
                .setting("reports", reports.stream().map(r -> shown(r.file())).collect(Collectors.joining(",")))
                .setting("sources", sources.stream().map(this::shown).collect(Collectors.joining(",")))
                .setting("rules", rules.all().stream().map(r -> r.id() + ":" + r.getClass().getName()).collect(Collectors.joining(",")))
                .setting("git", GitState.of(root()))
                .files(files);
        if (baseline != null) index.file("baseline " + shown(baseline.toPath()), baseline.toPath());
        if (policy.file().isPresent()) index.file("config " + shown(policy.file().get()), policy.file().get());
        return index;
    }

    /** Logs what does not fail the build; what does goes into the failure message, listed once. */
    private void report(CheckResult result, Severity failLevel, long started) throws MojoFailureException {
        List<String> failing = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            String line = DiagnosticLine.of(d);
            if (d.severity().atLeast(failLevel)) failing.add(line);
            else if (d.severity() == Severity.WARNING) getLog().warn(line);
            else if (d.severity() == Severity.ERROR) getLog().error(line);
            else getLog().info(line);
        }
        String summary = DiagnosticLine.summary(result.summary());
        if (!failing.isEmpty()) {
            throw new MojoFailureException("Waymark check failed (failOn=" + failLevel.label() + "):\n  "
                    + String.join("\n  ", failing) + "\n" + summary);
        }
        getLog().info(summary + " (" + millis(started) + " ms)");
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** A report format and the file it goes to. */
    record ReportFile(Reports.Format format, Path file) {
        static List<ReportFile> parse(List<String> names, Path dir) throws MojoExecutionException {
            List<ReportFile> reports = new ArrayList<>();
            if (names == null) return reports;
            for (String raw : names) {
                for (String name : raw.split(",")) {
                    if (name.isBlank()) continue;
                    Reports.Format format;
                    try {
                        format = Reports.Format.valueOf(name.trim().toLowerCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new MojoExecutionException("reportFormats: unknown format '" + name.trim() + "'; one of "
                                + java.util.Arrays.toString(Reports.Format.values()));
                    }
                    ReportFile r = new ReportFile(format, dir.resolve(fileName(format)));
                    if (!reports.contains(r)) reports.add(r);
                }
            }
            return reports;
        }

        private static String fileName(Reports.Format format) {
            return switch (format.name()) {
                case "junit" -> "TEST-waymark.xml";
                case "text" -> "check.txt";
                case "gitlab" -> "gl-code-quality-report.json";
                default -> "check." + format.name();
            };
        }

        void write(CheckResult result, Reports.Options options) throws IOException {
            AtomicFiles.write(file, Reports.render(format, result, options));
        }
    }
}
