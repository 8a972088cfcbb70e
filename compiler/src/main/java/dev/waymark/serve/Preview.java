package dev.waymark.serve;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Reference;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.render.HtmlSite;
import dev.waymark.render.JourneyView;
import dev.waymark.render.Live;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.Site;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import dev.waymark.syntax.ParseCache;
import dev.waymark.syntax.ParseResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The workspace as `waymark serve` shows it, held in memory: re-checked after every change
 * (only changed files are parsed again), rendered on request, each output kept until what it
 * depends on changes. A journey that stops rendering keeps its last good map, shown under the
 * errors of its file.
 */
public final class Preview {
    /** What waymark.yaml says now: the policy and the paths to watch and load. */
    public record Setup(Policy policy, List<Path> roots) {
    }

    /** Reads waymark.yaml again (it may have changed). */
    @FunctionalInterface
    public interface SetupLoader {
        Setup load() throws InputException;
    }

    /** One answer: the bytes, and the version an open page compares to know it is out of date. */
    public record Page(byte[] body, String version) {
    }

    private record State(long generation, CheckResult check, Site site, Policy policy, List<Live.Problem> setupProblems) {
    }

    private final SetupLoader loader;
    private final Path workingDir;
    private final Supplier<LocalDate> asOf;
    private final Rules rules;
    private final ParseCache cache = new ParseCache();
    private final Cache rendered = new Cache();
    private final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, HtmlSite.Entry> lastGood = new ConcurrentHashMap<>();
    private final Map<String, Site.Output> lastGoodOutputs = new ConcurrentHashMap<>();
    private volatile State state;
    private volatile List<Path> roots = List.of();

    public Preview(SetupLoader loader, Path workingDir, Supplier<LocalDate> asOf, Rules rules) {
        this.loader = loader;
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.asOf = asOf;
        this.rules = rules;
    }

    /** What to watch: the folders and files the workspace is read from, and the file waymark.yaml is read from. */
    public List<Path> watched() {
        List<Path> all = new ArrayList<>(roots);
        State s = state;
        if (s != null) s.policy().file().map(Path::toAbsolutePath).ifPresent(all::add);
        all.add(workingDir.resolve("waymark.yaml"));
        return all;
    }

    public Path workingDir() {
        return workingDir;
    }

    public long generation() {
        State s = state;
        return s == null ? 0 : s.generation();
    }

    /** How many files were rendered (pages for a reader, or other files not in the cache). */
    public int renders() {
        return rendered.made() + pages.get();
    }

    public int journeys() {
        return state.check().workspace().allJourneys().size();
    }

    /** Reads what changed and checks the workspace again. Never throws for bad input: it becomes a problem on the page. */
    public synchronized void rebuild() {
        State before = state;
        List<Live.Problem> problems = new ArrayList<>();
        Policy policy = before == null ? Policy.defaults() : before.policy();
        try {
            Setup setup = loader.load();
            policy = setup.policy();
            roots = setup.roots().stream().map(p -> workingDir.resolve(p).normalize()).toList();
        } catch (InputException e) {
            problems.add(new Live.Problem(Diagnostic.of(RuleId.CONFIG, Severity.ERROR, SourceSpan.at("waymark.yaml", 1, 1),
                    e.getMessage()).withHelp("the last good configuration applies until this is fixed"), ""));
            if (roots.isEmpty()) roots = List.of(workingDir);
        }
        TreeMap<String, Path> files;
        try {
            files = WorkspaceLoader.discover(roots, workingDir);
        } catch (InputException e) {
            problems.add(new Live.Problem(Diagnostic.of(RuleId.CONFIG, Severity.ERROR, SourceSpan.at("waymark.yaml", 1, 1), e.getMessage()), ""));
            files = new TreeMap<>();
        }
        List<ParseResult> parsed = files.entrySet().parallelStream().map(e -> {
            try {
                return cache.parseFile(e.getKey(), e.getValue());
            } catch (IOException gone) {
                return null; // deleted between discovery and reading: not part of this round
            }
        }).filter(java.util.Objects::nonNull).toList();
        cache.retain(files.keySet());
        Workspace workspace = new Workspace(parsed);
        LocalDate day = asOf.get();
        Waymark.CheckRequest request = new Waymark.CheckRequest(List.of(), workingDir, policy, day, ChangeHistory.NONE, rules);
        CheckResult check = Waymark.check(workspace, request);
        Site site = Site.plan(check, policy, day, EnumSet.copyOf(RenderFormat.DEFAULTS)); // the site; PNG, PDF and CSV are for `render`
        for (HtmlSite.Entry e : site.entries()) {
            if (e.view().isPresent()) lastGood.put(e.id(), e);
        }
        site.outputs().forEach((name, output) -> {
            if (output.journey().isPresent()) lastGoodOutputs.put(name, output);
        });
        state = new State(before == null ? 1 : before.generation() + 1, check, site, policy, problems);
    }

    /** The file by its name in the site ("" is the index), or empty when the site has no such file. */
    public Optional<Page> get(String name, String nonce) {
        State s = state;
        if (name.isEmpty() || name.equals("index.html")) return Optional.of(index(s, nonce));
        if (name.endsWith(".html")) return page(s, name.substring(0, name.length() - ".html".length()), nonce);
        Site.Output output = s.site().outputs().get(name);
        Optional<HtmlSite.Entry> from = Optional.empty();
        if (output != null) {
            if (output.journey().isEmpty()) return Optional.of(rendered.get(name, name, () -> output.bytes().get()));
            from = s.site().entries().stream().filter(e -> e.id().equals(output.journey().get()) && e.view().isPresent()).findFirst();
        }
        Site.Output chosen = output != null ? output : lastGoodOutputs.get(name);
        if (chosen == null) return Optional.empty();
        if (from.isEmpty()) from = chosen.journey().map(lastGood::get);
        Object key = from.map(Preview::fingerprint).orElse(null);
        return Optional.of(rendered.get(name, key == null ? chosen : key, () -> chosen.bytes().get()));
    }

    /** The version of a file without rendering it for a reader: what an open page is told when it changed. */
    public Optional<String> version(String name) {
        return get(name, "").map(Page::version);
    }

    private Page index(State s, String nonce) {
        List<Live.Problem> problems = new ArrayList<>(s.setupProblems());
        problems.addAll(problems(s, d -> true));
        String heading = heading(problems.size(), "in the workspace");
        List<Object> entries = s.site().entries().stream().map(e -> e.view().isPresent() ? fingerprint(e) : (Object) e).toList();
        String version = versionOf(List.of(entries, s.site().outside(), s.site().asOf(), problems, heading));
        if (nonce.isEmpty()) return new Page(new byte[0], version);
        pages.incrementAndGet();
        return new Page(HtmlSite.index(s.site().entries(), s.site().asOf(), s.site().outside(), Live.of(nonce, version, problems, heading)), version);
    }

    private Optional<Page> page(State s, String id, String nonce) {
        Optional<HtmlSite.Entry> current = s.site().entries().stream().filter(e -> e.id().equals(id)).findFirst();
        Optional<HtmlSite.Entry> shown = current.filter(e -> e.view().isPresent()).or(() -> Optional.ofNullable(lastGood.get(id)));
        String file = current.or(() -> shown).map(HtmlSite.Entry::file).orElse(null);
        if (file == null) return Optional.empty();
        List<Live.Problem> problems = new ArrayList<>(s.setupProblems());
        problems.addAll(problems(s, d -> d.span().file().equals(file)));
        boolean stale = current.isEmpty() || current.get().view().isEmpty();
        String heading = heading(problems.size(), "in " + file) + (stale && shown.isPresent() ? " · showing the last map that rendered" : "");
        // what the page shows decides its version, so telling open pages about a change renders nothing
        String version = versionOf(List.of(shown.map(Preview::fingerprint).orElse(id), problems, heading));
        if (nonce.isEmpty()) return Optional.of(new Page(new byte[0], version));
        pages.incrementAndGet();
        Live live = Live.of(nonce, version, problems, heading);
        byte[] body = shown.isPresent() ? HtmlSite.page(shown.get(), live) : HtmlSite.problems(current.get().title(), live);
        return Optional.of(new Page(body, version));
    }

    private static String versionOf(Object key) {
        return Integer.toHexString(key.hashCode());
    }

    /** Everything a journey's renderings depend on: equal fingerprints, equal bytes. */
    private static Object fingerprint(HtmlSite.Entry e) {
        JourneyView v = e.view().orElseThrow();
        Workspace ws = v.workspace();
        List<Object> referenced = new ArrayList<>();
        for (Opportunity o : v.journey().opportunities()) {
            for (Reference r : o.addresses()) r.journey().map(ws.journeys()::get).ifPresent(referenced::add);
        }
        return List.of(v.journey(), e.diagnostics(), ws.teams(), ws.personas(), referenced, v.review(), e.files());
    }

    private static String heading(int errors, String where) {
        return errors + (errors == 1 ? " error " : " errors ") + where;
    }

    private static List<Live.Problem> problems(State s, java.util.function.Predicate<Diagnostic> which) {
        Workspace ws = s.check().workspace();
        return s.check().diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR && which.test(d))
                .map(d -> new Live.Problem(d, ws.source(d.span().file()).map(t -> t.line(d.span().line())).orElse("")))
                .toList();
    }
}
