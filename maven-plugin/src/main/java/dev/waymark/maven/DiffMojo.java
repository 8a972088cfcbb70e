package dev.waymark.maven;

import dev.waymark.util.AtomicFiles;

import dev.waymark.InputException;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.diff.DiffJson;
import dev.waymark.diff.DiffMarkdown;
import dev.waymark.diff.DiffReport;
import dev.waymark.diff.GitWorkspaces;
import dev.waymark.diff.Level;
import dev.waymark.diff.WorkspaceDiff;
import dev.waymark.resolve.Workspace;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * `waymark:diff` (run on demand, e.g. in a pull-request build): the semantic changes of the
 * journey maps between `baseRef` and the working tree, as `diff.md` (for a pull-request
 * comment) and `diff.json` in `outputDirectory`. Git history is read with JGit.
 */
@Mojo(name = "diff", threadSafe = true)
public final class DiffMojo extends AbstractWaymarkMojo {

    /** The revision to compare with: a branch, tag or commit (`origin/main`, `HEAD~1`, `v1.2`). */
    @Parameter(property = "waymark.baseRef", defaultValue = "origin/main")
    String baseRef;

    /** Fail the build when a change is at or above this level: breaking or notable. Default: never fail. */
    @Parameter(property = "waymark.diffFailOn")
    String diffFailOn;

    /** Where `diff.md` and `diff.json` go. */
    @Parameter(defaultValue = "${project.build.directory}/waymark")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Waymark diff skipped (waymark.skip)");
            return;
        }
        Level failLevel = failLevel();
        Policy policy = policy(Rules.load());
        List<Path> sources = sources(policy);
        if (sources.isEmpty()) return;
        LocalDate asOfDate = asOfDate();
        DiffReport report;
        try {
            Workspace before = GitWorkspaces.read(base(), baseRef, sources);
            Workspace after = GitWorkspaces.workingTree(base(), sources);
            report = WorkspaceDiff.compare(before, after, policy, asOfDate);
        } catch (InputException e) {
            throw new MojoExecutionException("waymark:diff against " + baseRef + ": " + e.getMessage(), e);
        }
        Path dir = outputDirectory.toPath();
        try {
            AtomicFiles.write(dir.resolve("diff.md"), DiffMarkdown.render(report));
            AtomicFiles.write(dir.resolve("diff.json"), DiffJson.render(report));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the diff reports under " + dir + ": " + e.getMessage(), e);
        }
        String summary = summary(report);
        getLog().info("Journey changes since " + baseRef + ": " + summary + " -> " + shown(dir.resolve("diff.md")) + ", diff.json");
        if (failLevel != null && report.failsAt(failLevel)) {
            throw new MojoFailureException("Waymark diff: changes at or above '" + failLevel.label() + "' since " + baseRef
                    + " (" + summary + "); see " + shown(dir.resolve("diff.md")));
        }
    }

    private static String summary(DiffReport report) {
        return report.count(Level.BREAKING) + " breaking, " + report.count(Level.NOTABLE) + " notable, "
                + report.count(Level.INFO) + " info";
    }

    private Level failLevel() throws MojoExecutionException {
        if (diffFailOn == null || diffFailOn.isBlank()) return null;
        try {
            return Level.parse(diffFailOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("diffFailOn (waymark.diffFailOn): " + e.getMessage());
        }
    }
}
