package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.RenderResult;
import dev.waymark.render.Renderer;
import dev.waymark.render.slide.Page;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** `waymark render [PATH...] --out DIR [--format svg,flow,json,mermaid,html,png,pdf,csv] [--page slide|a4|letter]`. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render journey maps: one file per journey and format (DIR/<journey-id>.svg, .flow.svg, .json, .mmd)",
                "and, for html, a browsable DIR/index.html. Journeys with structural errors are reported, not rendered.",
                "The files reach DIR all together or not at all (also on Ctrl-C); DIR/.waymark-manifest.json lists them,",
                "so the next run removes the files of journeys that are gone (never a file Waymark did not write)."})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    SourcePaths paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The folder to write into (created when missing).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            description = "Formats, comma-separated: svg, flow, json, mermaid, html, png, pdf, csv. Default: svg, flow, json, mermaid "
                    + "and html (flow is left out with a warning when Graphviz cannot run).")
    List<RenderFormat> formats;

    @Option(names = "--page", paramLabel = "PAGE", converter = PageConverter.class, defaultValue = "slide",
            description = "The page PNG and PDF are made for: slide (16:9, the default), a4 or letter, landscape.")
    Page page;

    @Override
    public Integer call() throws InputException {
        Rules rules = Rules.load();
        Policy policy = common.policy(rules);
        List<Path> searched = common.paths(paths.given, policy);
        boolean explicit = formats != null && !formats.isEmpty();
        Set<RenderFormat> wanted = explicit ? EnumSet.copyOf(formats) : EnumSet.copyOf(RenderFormat.DEFAULTS);
        // the policy knows every rule (waymark.yaml may name any); the check runs those the formats need
        Waymark.CheckRequest request = Waymark.CheckRequest.of(searched, common.workingDir())
                .withRules(Renderer.rulesFor(rules, wanted)).withPolicy(policy).withAsOf(common.asOf());
        CheckResult check = Waymark.check(request);
        SourcePaths.requireFiles(check.summary().files(), searched);
        RenderResult result;
        try {
            result = Renderer.render(check, policy, common.asOf(), wanted, page, common.workingDir().resolve(out));
        } catch (IOException e) {
            throw new InputException(e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (RenderResult.Skipped s : result.skipped()) {
            err.println(s.file() + ":" + s.line() + ": journey `" + s.journey() + "` not rendered: "
                    + s.errors().size() + (s.errors().size() == 1 ? " structural error" : " structural errors"));
            for (Diagnostic d : s.errors()) {
                err.println("  " + d.span().file() + ":" + d.span().line() + ":" + d.span().column() + ": "
                        + d.severity().label() + "[" + d.rule() + "] " + d.message());
            }
        }
        boolean refused = refused(check, err);
        for (String w : result.warnings()) err.println("waymark: warning: " + w);
        if (result.rendered().isEmpty()) {
            // as `check` fails on such paths, so does render: an empty site must not pass a CI job
            err.println("waymark: nothing rendered: " + (result.skipped().isEmpty() ? "the files declare no journey"
                    : "no journey could be rendered") + "; " + out + " was left as it was");
            err.flush();
            return ExitCodes.FINDINGS;
        }
        err.flush();
        if (!common.quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.println("Rendered " + result.rendered().size() + (result.rendered().size() == 1 ? " journey" : " journeys")
                    + " into " + out + " (" + result.files().size() + " files"
                    + (result.removed().isEmpty() ? "" : "; removed " + result.removed().size() + " of journeys no longer there") + ")"
                    + (result.skipped().isEmpty() ? "" : "; " + result.skipped().size() + " not rendered"));
            o.flush();
        }
        boolean failed = !result.skipped().isEmpty() || refused || (result.formatMissing() && explicit && wanted.contains(RenderFormat.FLOW));
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static final class PageConverter implements CommandLine.ITypeConverter<Page> {
        @Override
        public Page convert(String value) {
            try {
                return Page.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<RenderFormat> {
        @Override
        public RenderFormat convert(String value) {
            try {
                return RenderFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
    /**
     * A file refused whole (past the size limits, binary, not UTF-8) declares no journey that
     * could be listed as not rendered, so its errors are said here, in the form used above; as a
     * journey not rendered does, it makes the run exit 1.
     */
    private static boolean refused(CheckResult check, PrintWriter err) {
        Set<String> empty = new java.util.HashSet<>();
        for (var file : check.workspace().files()) if (file.file().declarations().isEmpty()) empty.add(file.source().path());
        Set<String> told = new java.util.HashSet<>();
        for (Diagnostic d : check.diagnostics()) {
            if (d.severity() != dev.waymark.model.Severity.ERROR || !empty.contains(d.span().file())) continue;
            if (told.add(d.span().file())) err.println(d.span().file() + ": nothing in this file was rendered");
            err.println("  " + d.span().file() + ":" + d.span().line() + ":" + d.span().column() + ": "
                    + d.severity().label() + "[" + d.rule() + "] " + d.message());
        }
        return !told.isEmpty();
    }
}
