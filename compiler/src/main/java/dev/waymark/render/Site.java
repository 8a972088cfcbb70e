package dev.waymark.render;

import dev.waymark.check.CheckResult;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.render.portfolio.Portfolio;
import dev.waymark.render.portfolio.PortfolioCsv;
import dev.waymark.render.portfolio.PortfolioIndex;
import dev.waymark.render.portfolio.PortfolioJson;
import dev.waymark.render.portfolio.PortfolioPages;
import dev.waymark.render.portfolio.PortfolioViews;
import dev.waymark.render.slide.Page;
import dev.waymark.resolve.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What a render produces, decided once and made on demand: which journeys render (and which
 * are skipped, with the errors that stopped them) and every output by file name. `render`
 * writes each {@link #outputs() output} to disk; `serve` answers a request with one, in memory.
 * A FLOW output may throw (Graphviz failed); the caller decides what that means.
 */
public final class Site {
    private final List<JourneyView> views;
    private final List<RenderResult.Skipped> skipped;
    private final List<HtmlSite.Entry> entries;
    private final List<Diagnostic> outside;
    private final Set<RenderFormat> perJourney;
    private final boolean html;
    private final LocalDate asOf;
    private final List<String> warnings;
    private final boolean formatMissing;
    private volatile Portfolio portfolio;
    private final boolean csv;
    private final Page page;

    private Site(List<JourneyView> views, List<RenderResult.Skipped> skipped, List<HtmlSite.Entry> entries,
                 List<Diagnostic> outside, Set<RenderFormat> perJourney, boolean html, boolean csv, Page page, LocalDate asOf,
                 List<String> warnings, boolean formatMissing) {
        this.csv = csv;
        this.page = page;
        this.views = List.copyOf(views);
        this.skipped = List.copyOf(skipped);
        this.entries = List.copyOf(entries);
        this.outside = List.copyOf(outside);
        this.perJourney = Collections.unmodifiableSet(perJourney);
        this.html = html;
        this.asOf = asOf;
        this.warnings = List.copyOf(warnings);
        this.formatMissing = formatMissing;
    }

    /** Plans the site of a check in the given formats (all of them when empty); renders nothing yet. */
    public static Site plan(CheckResult check, Policy policy, LocalDate asOf, Set<RenderFormat> formats) {
        return plan(check, policy, asOf, formats, Page.SLIDE);
    }

    /** As above, with PNG and PDF made for `page`. */
    public static Site plan(CheckResult check, Policy policy, LocalDate asOf, Set<RenderFormat> formats, Page page) {
        Workspace workspace = check.workspace();
        Set<RenderFormat> wanted = formats.isEmpty() ? EnumSet.copyOf(RenderFormat.DEFAULTS) : EnumSet.copyOf(formats);
        Set<RenderFormat> perJourney = EnumSet.copyOf(wanted);
        perJourney.remove(RenderFormat.HTML);
        perJourney.remove(RenderFormat.CSV);
        // the site's pages link each journey's JSON, and show its SVG (the index's thumbnails, the full-size map)
        if (wanted.contains(RenderFormat.HTML)) {
            perJourney.add(RenderFormat.JSON);
            perJourney.add(RenderFormat.SVG);
        }

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
            if (d.rule().equals(RuleId.SYNTAX) && d.severity() == Severity.ERROR) brokenFiles.add(d.span().file());
        }
        FileNames names = FileNames.of(workspace.allJourneys().stream().map(Journey::id).toList());
        List<JourneyView> views = new ArrayList<>();
        List<RenderResult.Skipped> skipped = new ArrayList<>();
        List<HtmlSite.Entry> entries = new ArrayList<>();
        for (Journey j : workspace.allJourneys()) {
            List<Diagnostic> own = byJourney.getOrDefault(j, List.of());
            List<Diagnostic> blocking = new ArrayList<>();
            for (Diagnostic d : own) if (Renderer.STRUCTURAL.contains(d.rule()) && d.severity() == Severity.ERROR) blocking.add(d);
            if (brokenFiles.contains(j.span().file()) && blocking.stream().noneMatch(d -> d.rule().equals(RuleId.SYNTAX))) {
                check.diagnostics().stream().filter(d -> d.rule().equals(RuleId.SYNTAX) && d.span().file().equals(j.span().file()))
                        .findFirst().ifPresent(blocking::add);
            }
            if (blocking.isEmpty()) tooLarge(j).ifPresent(blocking::add);
            String base = names.of(j.id());
            if (blocking.isEmpty()) {
                JourneyView v = new JourneyView(workspace, j, policy, asOf);
                views.add(v);
                entries.add(new HtmlSite.Entry(j.id(), base, j.displayTitle(), j.span().file(), j.span().line(), Optional.of(v), own, List.of(), perJourney));
            } else {
                skipped.add(new RenderResult.Skipped(j.id(), j.span().file(), j.span().line(), blocking));
                entries.add(new HtmlSite.Entry(j.id(), base, j.displayTitle(), j.span().file(), j.span().line(), Optional.empty(), own, blocking, Set.of()));
            }
        }
        List<Diagnostic> outside = outsideJourneys(check.diagnostics(), byJourney);
        return new Site(views, skipped, entries, outside, perJourney, wanted.contains(RenderFormat.HTML), wanted.contains(RenderFormat.CSV),
                page, asOf, warnings, formatMissing);
    }

    /** A journey past the steps Waymark draws: listed with this, not rendered (whatever the policy's `too-complex` level). */
    static Optional<Diagnostic> tooLarge(Journey j) {
        long steps = j.steps().count();
        if (steps <= Policy.Limits.RENDERABLE_STEPS) return Optional.empty();
        return Optional.of(Diagnostic.of(RuleId.TOO_COMPLEX, Severity.ERROR, j.idSpan(), "journey `" + j.id() + "` has " + steps
                        + " steps; Waymark renders journeys of up to " + Policy.Limits.RENDERABLE_STEPS + " steps")
                .withHelp("split it into journeys per persona or goal (docs/language.md, \"Limits\")"));
    }

    public List<JourneyView> views() {
        return views;
    }

    public List<RenderResult.Skipped> skipped() {
        return skipped;
    }

    /** One per journey declaration, rendered or not, in file order: the rows of the index. */
    public List<HtmlSite.Entry> entries() {
        return entries;
    }

    /** Findings that belong to no journey (a persona's, a team's, a file-level one). */
    public List<Diagnostic> outside() {
        return outside;
    }

    public Set<RenderFormat> perJourney() {
        return perJourney;
    }

    public boolean html() {
        return html;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Formats that could not be produced at all (Graphviz missing). */
    public List<String> warnings() {
        return warnings;
    }

    public boolean formatMissing() {
        return formatMissing;
    }

    /**
     * One file of the site: the journey it shows (none for the index and the styles), its format,
     * how to make it in memory (`serve`) and how to stream it into a file (`render`): a map and
     * the JSON files are streamed, so that they are never held whole; other formats write the bytes they make.
     */
    public record Output(Optional<String> journey, RenderFormat format, Supplier<byte[]> bytes, Content content) {
        public Output(Optional<String> journey, RenderFormat format, Supplier<byte[]> bytes) {
            this(journey, format, bytes, sink -> sink.write(bytes.get()));
        }

        /** Writes the file's content into `sink` (which the caller closes). */
        @FunctionalInterface
        public interface Content {
            void writeTo(OutputStream sink) throws IOException;
        }
    }

    /** The portfolio across the rendered journeys, built once on first use. */
    public Portfolio portfolio() {
        Portfolio p = portfolio;
        if (p == null) {
            synchronized (this) {
                if (portfolio == null) {
                    Map<String, String> bases = new java.util.HashMap<>();
                    for (HtmlSite.Entry e : entries) bases.put(e.id(), e.fileBase());
                    portfolio = Portfolio.of(views, asOf, id -> bases.getOrDefault(id, FileNames.base(id)));
                }
                p = portfolio;
            }
        }
        return p;
    }

    /** Every file of the site by name, each made when asked for. */
    public SortedMap<String, Output> outputs() {
        SortedMap<String, Output> out = new TreeMap<>();
        for (HtmlSite.Entry e : entries) {
            if (e.view().isEmpty()) continue;
            JourneyView v = e.view().get();
            for (RenderFormat f : perJourney) {
                Output o = switch (f) {
                    case SVG -> new Output(Optional.of(v.id()), f, () -> SvgMap.render(v), sink -> SvgMap.render(v, sink));
                    case JSON -> new Output(Optional.of(v.id()), f, () -> JsonMap.render(v), sink -> JsonMap.write(v, sink));
                    default -> new Output(Optional.of(v.id()), f, () -> Renderer.bytes(f, v, page));
                };
                out.put(f.fileName(e.fileBase()), o);
            }
        }
        // a journey called `portfolio` keeps its own JSON file; the portfolio then is not written
        if (perJourney.contains(RenderFormat.JSON)) {
            out.putIfAbsent(PortfolioJson.FILE, new Output(Optional.empty(), RenderFormat.JSON, () -> PortfolioJson.render(portfolio()),
                    sink -> PortfolioJson.write(portfolio(), sink)));
        }
        for (RenderFormat f : List.of(RenderFormat.PNG, RenderFormat.PDF)) {
            if (!perJourney.contains(f)) continue;
            for (var view : PortfolioViews.SVG.entrySet()) {
                out.putIfAbsent(f.fileName(view.getKey()), new Output(Optional.empty(), f,
                        () -> PortfolioViews.convert(f == RenderFormat.PNG, view.getValue().apply(portfolio(), page), page)));
            }
        }
        if (csv) {
            for (var file : PortfolioCsv.FILES.entrySet()) {
                out.put(file.getKey(), new Output(Optional.empty(), RenderFormat.CSV, () -> file.getValue().apply(portfolio())));
            }
        }
        if (html) {
            for (String file : PortfolioPages.files()) {
                out.put(file, new Output(Optional.empty(), RenderFormat.HTML, () -> PortfolioPages.page(file, portfolio())));
            }
            boolean thumbnails = perJourney.contains(RenderFormat.SVG);
            out.put("index.html", new Output(Optional.empty(), RenderFormat.HTML,
                    () -> HtmlSite.index(entries, asOf, outside, x -> PortfolioIndex.write(x, portfolio(), thumbnails))));
            out.put(HtmlSite.CSS, new Output(Optional.empty(), RenderFormat.HTML, HtmlSite::css));
            for (HtmlSite.Entry e : entries) {
                if (e.view().isPresent()) {
                    out.put(RenderFormat.HTML.fileName(e.fileBase()), new Output(Optional.of(e.id()), RenderFormat.HTML, () -> HtmlSite.page(e)));
                }
            }
        }
        return out;
    }

    /** Each diagnostic goes to the journey declaration whose text contains it (duplicates are told apart). */
    static Map<Journey, List<Diagnostic>> diagnosticsByJourney(Workspace workspace, List<Diagnostic> diagnostics) {
        Map<String, List<Journey>> byFile = new LinkedHashMap<>();
        for (Journey j : workspace.allJourneys()) byFile.computeIfAbsent(j.span().file(), k -> new ArrayList<>()).add(j);
        Map<Journey, List<Diagnostic>> out = new IdentityHashMap<>();
        for (Diagnostic d : diagnostics) {
            for (Journey j : byFile.getOrDefault(d.span().file(), List.of())) {
                if (j.span().contains(d.span())) {
                    out.computeIfAbsent(j, k -> new ArrayList<>()).add(d);
                    break;
                }
            }
        }
        return out;
    }

    private static List<Diagnostic> outsideJourneys(List<Diagnostic> all, Map<Journey, List<Diagnostic>> byJourney) {
        Set<Diagnostic> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        byJourney.values().forEach(inside::addAll);
        return all.stream().filter(d -> !inside.contains(d)).toList();
    }
}
