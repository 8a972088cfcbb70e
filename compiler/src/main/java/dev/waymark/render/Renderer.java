package dev.waymark.render;

import dev.waymark.util.AtomicFiles;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.resolve.Workspace;
import dev.waymark.util.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The library's entry point for renderings: every journey without a structural error
 * (syntax, duplicate-id, unresolved-reference, invalid-value at error level) is rendered in
 * each requested format, in parallel, each file written atomically; the others are reported
 * with the errors that stopped them. `html` also writes the JSON its pages link to.
 */
public final class Renderer {
    public static final Set<String> STRUCTURAL = Set.of("syntax", "duplicate-id", "unresolved-reference", "invalid-value");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

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
        Workspace workspace = check.workspace();
        Set<RenderFormat> wanted = formats.isEmpty() ? EnumSet.allOf(RenderFormat.class) : EnumSet.copyOf(formats);
        Set<RenderFormat> perJourney = EnumSet.copyOf(wanted);
        perJourney.remove(RenderFormat.HTML);
        if (wanted.contains(RenderFormat.HTML)) perJourney.add(RenderFormat.JSON);

        List<String> warnings = new ArrayList<>();
        boolean formatMissing = false;
        if (perJourney.contains(RenderFormat.FLOW)) {
            GraphvizEngine.Status status = GraphvizEngine.status();
            if (!status.available()) {
                perJourney.remove(RenderFormat.FLOW);
                warnings.add(status.problem());
                formatMissing = true;
            }
        }

        Map<Journey, List<Diagnostic>> byJourney = diagnosticsByJourney(workspace, check.diagnostics());
        Set<String> brokenFiles = new HashSet<>();
        for (Diagnostic d : check.diagnostics()) {
            if (d.rule().equals("syntax") && d.severity() == Severity.ERROR) brokenFiles.add(d.span().file());
        }
        List<JourneyView> views = new ArrayList<>();
        List<RenderResult.Skipped> skipped = new ArrayList<>();
        List<HtmlSite.Entry> entries = new ArrayList<>();
        for (Journey j : workspace.allJourneys()) {
            List<Diagnostic> own = byJourney.getOrDefault(j, List.of());
            List<Diagnostic> blocking = new ArrayList<>();
            for (Diagnostic d : own) if (STRUCTURAL.contains(d.rule()) && d.severity() == Severity.ERROR) blocking.add(d);
            if (brokenFiles.contains(j.span().file()) && blocking.stream().noneMatch(d -> d.rule().equals("syntax"))) {
                check.diagnostics().stream().filter(d -> d.rule().equals("syntax") && d.span().file().equals(j.span().file()))
                        .findFirst().ifPresent(blocking::add);
            }
            if (blocking.isEmpty() && !SAFE_ID.matcher(j.id()).matches()) {
                blocking.add(Diagnostic.of("syntax", Severity.ERROR, j.idSpan(), "journey id `" + j.id() + "` cannot name a file"));
            }
            if (blocking.isEmpty()) {
                JourneyView v = new JourneyView(workspace, j, policy, asOf);
                views.add(v);
                entries.add(new HtmlSite.Entry(j.id(), j.displayTitle(), j.span().file(), j.span().line(), Optional.of(v), own, List.of(), perJourney));
            } else {
                skipped.add(new RenderResult.Skipped(j.id(), j.span().file(), j.span().line(), blocking));
                entries.add(new HtmlSite.Entry(j.id(), j.displayTitle(), j.span().file(), j.span().line(), Optional.empty(), own, blocking, Set.of()));
            }
        }

        List<String> flowFailures = Collections.synchronizedList(new ArrayList<>());
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        try {
            views.parallelStream().forEach(v -> {
                for (RenderFormat f : perJourney) {
                    byte[] bytes;
                    try {
                        bytes = bytes(f, v);
                    } catch (RuntimeException e) {
                        if (f != RenderFormat.FLOW) throw e;
                        flowFailures.add(v.id() + ": Graphviz failed: " + firstLine(e.getMessage()));
                        continue;
                    }
                    write(outDir.resolve(f.fileName(v.id())), bytes, written);
                }
            });
            if (wanted.contains(RenderFormat.HTML)) {
                List<Diagnostic> outside = outsideJourneys(check.diagnostics(), byJourney);
                write(outDir.resolve("index.html"), HtmlSite.index(entries, asOf, outside), written);
                write(outDir.resolve(HtmlSite.CSS), HtmlSite.css(), written);
                entries.stream().filter(e -> e.view().isPresent()).toList().parallelStream()
                        .forEach(e -> write(outDir.resolve(RenderFormat.HTML.fileName(e.id())), HtmlSite.page(e), written));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        flowFailures.sort(null);
        warnings.addAll(flowFailures);
        List<Path> files = new ArrayList<>(written);
        files.sort(null);
        return new RenderResult(views.stream().map(JourneyView::id).toList(), skipped, files, warnings,
                formatMissing || !flowFailures.isEmpty());
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
            throw new UncheckedIOException(new IOException("cannot write " + target + ": " + reason(e), e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Each diagnostic goes to the journey declaration whose text contains it (duplicates are told apart). */
    static Map<Journey, List<Diagnostic>> diagnosticsByJourney(Workspace workspace, List<Diagnostic> diagnostics) {
        Map<String, List<Journey>> byFile = new LinkedHashMap<>();
        for (Journey j : workspace.allJourneys()) byFile.computeIfAbsent(j.span().file(), k -> new ArrayList<>()).add(j);
        Map<Journey, List<Diagnostic>> out = new java.util.IdentityHashMap<>();
        for (Diagnostic d : diagnostics) {
            for (Journey j : byFile.getOrDefault(d.span().file(), List.of())) {
                if (contains(j.span(), d.span())) {
                    out.computeIfAbsent(j, k -> new ArrayList<>()).add(d);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean contains(SourceSpan outer, SourceSpan inner) {
        return outer.contains(inner);
    }

    private static List<Diagnostic> outsideJourneys(List<Diagnostic> all, Map<Journey, List<Diagnostic>> byJourney) {
        Set<Diagnostic> inside = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        byJourney.values().forEach(inside::addAll);
        return all.stream().filter(d -> !inside.contains(d)).toList();
    }
}
