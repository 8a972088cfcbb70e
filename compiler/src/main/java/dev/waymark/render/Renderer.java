package dev.waymark.render;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import dev.waymark.util.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library's entry point for renderings: every journey without a structural error
 * (syntax, duplicate-id, unresolved-reference, invalid-value at error level) is rendered in
 * each requested format, in parallel, each file written atomically; the others are reported
 * with the errors that stopped them. `html` also writes the JSON its pages link to.
 */
public final class Renderer {
    public static final Set<String> STRUCTURAL = Set.of("syntax", "duplicate-id", "unresolved-reference", "invalid-value");

    private Renderer() {
    }

    /** Checks the workspace under `policy` on `asOf`, then renders. */
    public static RenderResult render(Workspace workspace, Policy policy, LocalDate asOf, Set<RenderFormat> formats, Path outDir)
            throws IOException {
        Waymark.CheckRequest request = new Waymark.CheckRequest(List.of(), outDir, policy, asOf, ChangeHistory.NONE, Rules.load());
        return render(Waymark.check(workspace, request), policy, asOf, formats, outDir);
    }

    /** Renders from a check already run (the CLI has one). */
    public static RenderResult render(CheckResult check, Policy policy, LocalDate asOf, Set<RenderFormat> formats, Path outDir)
            throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IOException("cannot write into " + outDir + ": it is a file, not a folder");
        }
        Site site = Site.plan(check, policy, asOf, formats);
        List<String> warnings = new ArrayList<>(site.warnings());
        List<String> flowFailures = Collections.synchronizedList(new ArrayList<>());
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Map.Entry<String, Site.Output>> outputs = new ArrayList<>(site.outputs().entrySet());
            outputs.parallelStream().forEach(o -> {
                Site.Output output = o.getValue();
                byte[] bytes;
                try {
                    bytes = output.bytes().get();
                } catch (RuntimeException e) {
                    if (output.format() != RenderFormat.FLOW) throw e;
                    flowFailures.add(output.journey().orElse("?") + ": Graphviz failed: " + firstLine(e.getMessage()));
                    return;
                }
                write(outDir.resolve(o.getKey()), bytes, written);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        flowFailures.sort(null);
        warnings.addAll(flowFailures);
        List<Path> files = new ArrayList<>(written);
        files.sort(null);
        return new RenderResult(site.views().stream().map(JourneyView::id).toList(), site.skipped(), files, warnings,
                site.formatMissing() || !flowFailures.isEmpty());
    }

    static byte[] bytes(RenderFormat f, JourneyView v) {
        return switch (f) {
            case SVG -> SvgMap.render(v);
            case FLOW -> FlowSvg.render(v);
            case JSON -> JsonMap.render(v);
            case MERMAID -> MermaidJourney.render(v);
            case HTML -> throw new IllegalArgumentException("html is a site, not a file per journey");
        };
    }

    /** Graphviz's error output can run to hundreds of lines: its first says what went wrong. */
    static String firstLine(String message) {
        if (message == null) return "no message";
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static void write(Path target, byte[] bytes, List<Path> written) {
        try {
            AtomicFiles.write(target, bytes);
            written.add(target);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + target + ": " + dev.waymark.util.IoProblems.why(e, target), e));
        }
    }

}
