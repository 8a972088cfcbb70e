package dev.waymark.maven;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.RenderResult;
import dev.waymark.render.Renderer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * `waymark:render`: writes each journey in the chosen formats into `outputDirectory`
 * (`<journey-id>.svg`, `.flow.svg`, `.json`, `.mmd`, and an `index.html` site). A journey
 * with structural errors is not rendered, and fails the goal naming those errors; maps that
 * render nothing at all (no journey declared, or none renderable) fail it too, as `waymark
 * render` exits 1 then. A module without maps passes.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class RenderMojo extends AbstractWaymarkMojo {

    /** Any of svg, flow, json, mermaid, html, png, pdf, csv. Default: svg, flow, json, mermaid and html (flow left out with a warning when Graphviz cannot run). */
    @Parameter(property = "waymark.formats")
    List<String> formats;

    /** Where the renderings go. */
    @Parameter(property = "waymark.outputDirectory", defaultValue = "${project.build.directory}/waymark")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Waymark render skipped (waymark.skip)");
            return;
        }
        Set<RenderFormat> wanted = wanted();
        Rules rules = Rules.load();
        Policy policy = policy(rules);
        List<Path> sources = sources(policy);
        if (sources.isEmpty()) return;
        LocalDate asOfDate = asOfDate();
        RenderResult result;
        int files;
        try {
            CheckResult check = Waymark.check(Waymark.CheckRequest.of(sources, root())
                    .withPolicy(policy).withAsOf(asOfDate).withRules(rules));
            files = check.summary().files();
            if (files == 0) {
                getLog().info("No journey maps: no .journey files under " + sources.stream().map(this::shown).toList());
                return;
            }
            result = Renderer.render(check, policy, asOfDate, wanted, outputDirectory.toPath());
        } catch (InputException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the renderings into " + outputDirectory + ": " + e.getMessage(), e);
        }
        for (String w : result.warnings()) getLog().warn(w);
        List<String> problems = new ArrayList<>();
        for (RenderResult.Skipped s : result.skipped()) {
            problems.add(s.file() + ":" + s.line() + " journey `" + s.journey() + "` not rendered:");
            for (Diagnostic d : s.errors()) problems.add("  " + DiagnosticLine.of(d));
        }
        if (result.rendered().isEmpty()) {
            // an empty site must not pass a build: the CLI exits 1 here too
            problems.add("nothing rendered: " + (result.skipped().isEmpty()
                    ? "the " + (files == 1 ? "file declares" : files + " files declare") + " no journey"
                    : "no journey could be rendered") + "; " + shown(outputDirectory.toPath()) + " was left as it was");
        }
        if (result.formatMissing() && formats != null && wanted.contains(RenderFormat.FLOW)) {
            problems.add("the flow format was asked for but Graphviz could not run (see the warning above)");
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Waymark render failed:\n  " + String.join("\n  ", problems));
        }
        getLog().info("Rendered " + result.rendered().size() + (result.rendered().size() == 1 ? " journey" : " journeys")
                + " into " + shown(outputDirectory.toPath()) + " (" + result.files().size() + " files)");
    }

    private Set<RenderFormat> wanted() throws MojoExecutionException {
        if (formats == null || formats.isEmpty()) return EnumSet.copyOf(RenderFormat.DEFAULTS);
        Set<RenderFormat> wanted = EnumSet.noneOf(RenderFormat.class);
        for (String raw : formats) {
            for (String name : raw.split(",")) {
                if (name.isBlank()) continue;
                try {
                    wanted.add(RenderFormat.parse(name));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException("formats: " + e.getMessage());
                }
            }
        }
        return wanted;
    }
}
