package dev.waymark.render;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.RuleId;
import dev.waymark.render.slide.Page;
import dev.waymark.render.slide.Slides;
import dev.waymark.resolve.Workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The library's entry point for renderings: every journey without a structural error
 * (syntax, duplicate-id, unresolved-reference, invalid-value at error level) and within the
 * size limits (else `too-complex`) is rendered in each requested format, in parallel; the others are reported with the
 * errors that stopped them. `html` also writes the JSON its pages link to. The files reach
 * `outDir` all together or not at all ({@link StagedOutput}); a manifest there lets the next
 * run remove the files of journeys that are gone.
 */
public final class Renderer {
    public static final Set<RuleId> STRUCTURAL = Set.of(RuleId.SYNTAX, RuleId.DUPLICATE_ID, RuleId.UNRESOLVED_REFERENCE, RuleId.INVALID_VALUE);

    private Renderer() {
    }

    /** Checks the workspace under `policy` on `asOf` (with {@link #rulesFor the rules the formats need}), then renders. */
    public static RenderResult render(Workspace workspace, Policy policy, LocalDate asOf, Set<RenderFormat> formats, Path outDir)
            throws IOException {
        Waymark.CheckRequest request = new Waymark.CheckRequest(List.of(), outDir, policy, asOf, ChangeHistory.NONE,
                rulesFor(Rules.load(), formats));
        return render(Waymark.check(workspace, request), policy, asOf, formats, outDir);
    }

    /**
     * The rules a render of `formats` must run first. What renders is decided by the structural
     * errors alone, and only the HTML site shows the other findings (each journey's page lists
     * them), so without `html` the other rules are not run: on the 1,000-journey benchmark they
     * are a tenth of the check, and `unreviewed-change` walks the git history. Empty `formats`
     * means the defaults, `html` among them.
     */
    public static Rules rulesFor(Rules all, Set<RenderFormat> formats) {
        if (formats.isEmpty() || formats.contains(RenderFormat.HTML)) return all;
        return Rules.of(all.all().stream().filter(r -> STRUCTURAL.contains(r.ruleId())).toList());
    }

    /**
     * Renders from a check already run (the CLI has one). Throws when a file cannot be made or
     * written, or a signal stops the run; `outDir` is then as it was, and the message says so.
     */
    public static RenderResult render(CheckResult check, Policy policy, LocalDate asOf, Set<RenderFormat> formats, Path outDir)
            throws IOException {
        return render(check, policy, asOf, formats, Page.SLIDE, outDir);
    }

    /** As above, with PNG and PDF made for `page` (a 16:9 slide, A4 or letter). */
    public static RenderResult render(CheckResult check, Policy policy, LocalDate asOf, Set<RenderFormat> formats, Page page, Path outDir)
            throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IOException("cannot write into " + outDir + ": it is a file, not a folder");
        }
        Site site = Site.plan(check, policy, asOf, formats, page);
        if (site.views().isEmpty()) {
            // nothing to show: a run that renders no journey leaves the folder alone (and the CLI exits 1)
            return new RenderResult(List.of(), site.skipped(), List.of(), List.of(), site.warnings(), site.formatMissing());
        }
        return write(site, site.outputs(), outDir, System.err);
    }

    /** Writes the outputs (`outputs` is the site's, or in tests a changed copy) through a staging folder. */
    static RenderResult write(Site site, SortedMap<String, Site.Output> outputs, Path outDir, PrintStream console) throws IOException {
        List<String> warnings = new ArrayList<>(site.warnings());
        List<String> flowFailures = Collections.synchronizedList(new ArrayList<>());
        List<Path> written = new ArrayList<>();
        StagedOutput.Commit commit;
        try (StagedOutput staged = StagedOutput.begin(outDir, console)) {
            try {
                new ArrayList<>(outputs.entrySet()).parallelStream().forEach(o -> make(o, staged, flowFailures));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Set<RenderFormat> formats = EnumSet.noneOf(RenderFormat.class);
            for (Site.Output o : outputs.values()) formats.add(o.format());
            commit = staged.commit(formats);
            for (String name : staged.names()) if (!name.equals(Manifest.FILE)) written.add(outDir.resolve(name));
        } catch (StagedOutput.Interrupted e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "; nothing was written, " + outDir + " is as it was", e);
        }
        flowFailures.sort(null);
        warnings.addAll(flowFailures);
        for (String kept : commit.kept()) {
            warnings.add(outDir.resolve(kept) + " was written by an earlier render and changed since: left in place");
        }
        written.sort(null);
        return new RenderResult(site.views().stream().map(JourneyView::id).toList(), site.skipped(), written, commit.removed(),
                warnings, site.formatMissing() || !flowFailures.isEmpty());
    }

    private static void make(Map.Entry<String, Site.Output> o, StagedOutput staged, List<String> flowFailures) {
        Site.Output output = o.getValue();
        try {
            staged.write(o.getKey(), output.format(), output.content());
        } catch (IOException | UncheckedIOException e) {
            // the file could not be written (a render failure is a RuntimeException of another kind)
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new UncheckedIOException(new IOException("cannot write " + o.getKey() + ": " + reason(io), io));
        } catch (RuntimeException e) {
            if (output.format() == RenderFormat.FLOW) {
                flowFailures.add(output.journey().orElse("?") + ": " + GraphvizEngine.failure(e));
                return;
            }
            throw new UncheckedIOException(new IOException((output.journey().map(j -> "journey `" + j + "`").orElse(o.getKey()))
                    + " could not be rendered as " + output.format().label() + " (" + e + ")", e));
        }
    }

    static byte[] bytes(RenderFormat f, JourneyView v) {
        return bytes(f, v, Page.SLIDE);
    }

    static byte[] bytes(RenderFormat f, JourneyView v, Page page) {
        return switch (f) {
            case SVG -> SvgMap.render(v);
            case FLOW -> FlowSvg.render(v);
            case JSON -> JsonMap.render(v);
            case MERMAID -> MermaidJourney.render(v);
            case PNG -> Slides.png(SvgMap.render(v), page);
            case PDF -> Slides.pdf(SvgMap.render(v), page);
            case HTML, CSV -> throw new IllegalArgumentException(f.label() + " is written for the workspace, not a file per journey");
        };
    }

    /** Graphviz's error output can run to hundreds of lines: its first says what went wrong. */
    static String firstLine(String message) {
        if (message == null) return "no message";
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String reason(IOException e) {
        return dev.waymark.util.IoProblems.why(e);
    }
}
