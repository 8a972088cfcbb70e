package dev.waymark.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waymark.InputException;
import dev.waymark.model.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Findings a team has accepted for now, as detekt and Android lint keep them: `waymark check
 * --baseline FILE` reports the findings recorded there as baselined and fails only on new
 * ones. A finding is matched by rule, file and element (`journey:checkout/step:pay`, see
 * {@link FindingKey}), never by line, so it stays matched when lines above it change; the
 * message is kept for people reading the file and picks the right entry when one element has
 * several findings of a rule. Files are named relative to the baseline's own folder, so the
 * check may run from any folder.
 */
public record Baseline(Path file, List<Entry> entries) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String FORMAT = "waymark-baseline";

    public record Entry(String rule, String file, String element, String message) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparing(Entry::element)
                .thenComparing(Entry::rule).thenComparing(Entry::message);
    }

    /** What a baseline makes of a check: the new findings, the baselined ones, and entries no longer found. */
    public record Applied(CheckResult result, List<Entry> stale) {
    }

    public static Baseline read(Path file) throws InputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such baseline; create it with --update-baseline");
        } catch (IOException e) {
            throw new InputException(file + ": not a Waymark baseline (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject() || root.path(FORMAT).asInt(0) != 1 || !root.path("findings").isArray()) {
            throw new InputException(file + ": not a Waymark baseline (expected {\"" + FORMAT + "\": 1, \"findings\": [...]});"
                    + " write one with --update-baseline");
        }
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("findings")) {
            i++;
            if (!n.path("rule").isTextual() || !n.path("file").isTextual() || !n.path("element").isTextual()) {
                throw new InputException(file + ": finding " + i + " needs `rule`, `file` and `element` as text");
            }
            entries.add(new Entry(n.get("rule").asText(), n.get("file").asText(), n.get("element").asText(), n.path("message").asText("")));
        }
        return new Baseline(file, List.copyOf(entries));
    }

    /** The baseline recording every finding of this result, for a file at `file`. */
    public static Baseline of(CheckResult result, Path file, Path workingDir) {
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(result.baselined());
        List<Entry> entries = new ArrayList<>();
        List<FindingKey> keys = FindingKey.of(result.workspace(), all);
        for (int i = 0; i < all.size(); i++) entries.add(entry(all.get(i), keys.get(i), file, workingDir));
        entries.sort(Entry.ORDER);
        return new Baseline(file, List.copyOf(entries));
    }

    public String text() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(FORMAT, 1);
        root.put("about", "findings accepted for now: `waymark check --baseline` reports them as baselined;"
                + " `--update-baseline` rewrites this file");
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("rule", e.rule());
            n.put("file", e.file());
            n.put("element", e.element());
            n.put("message", e.message());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits the result's diagnostics into new ones (kept in `diagnostics`, counted) and baselined ones. */
    public Applied apply(CheckResult result, Path workingDir) {
        Map<String, List<Entry>> open = new HashMap<>();
        for (Entry e : entries) open.computeIfAbsent(place(e.rule(), e.file(), e.element()), k -> new ArrayList<>()).add(e);
        List<Diagnostic> ds = result.diagnostics();
        List<FindingKey> keys = FindingKey.of(result.workspace(), ds);
        Entry[] matched = new Entry[ds.size()];
        // the same message first, so each entry goes to the finding it was written for; then any left at that place
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < ds.size(); i++) {
                if (matched[i] != null) continue;
                Entry mine = entry(ds.get(i), keys.get(i), file, workingDir);
                List<Entry> candidates = open.getOrDefault(place(mine.rule(), mine.file(), mine.element()), List.of());
                for (Iterator<Entry> it = candidates.iterator(); it.hasNext(); ) {
                    Entry e = it.next();
                    if (pass == 1 || e.message().equals(mine.message())) {
                        matched[i] = e;
                        it.remove();
                        break;
                    }
                }
            }
        }
        List<Diagnostic> fresh = new ArrayList<>();
        List<Diagnostic> baselined = new ArrayList<>(result.baselined());
        for (int i = 0; i < ds.size(); i++) (matched[i] == null ? fresh : baselined).add(ds.get(i));
        List<Entry> stale = new ArrayList<>();
        open.values().forEach(stale::addAll);
        stale.sort(Entry.ORDER);
        Summary s = result.summary();
        Summary summary = Summary.of(s.files(), s.journeys(), fresh);
        return new Applied(new CheckResult(result.workspace(), fresh, summary, baselined), List.copyOf(stale));
    }

    private static Entry entry(Diagnostic d, FindingKey key, Path baselineFile, Path workingDir) {
        return new Entry(d.rule().id(), relative(d.span().file(), baselineFile, workingDir), key.element(), d.message());
    }

    /** A shown path (relative to the working folder) as seen from the baseline's folder. */
    static String relative(String shown, Path baselineFile, Path workingDir) {
        Path base = workingDir.toAbsolutePath().normalize();
        Path abs = base.resolve(shown).normalize();
        Path folder = base.resolve(baselineFile).toAbsolutePath().normalize().getParent();
        Path rel = folder != null && abs.getRoot() != null && abs.getRoot().equals(folder.getRoot()) ? folder.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    private static String place(String rule, String file, String element) {
        return rule + "\u0000" + file + "\u0000" + element;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
