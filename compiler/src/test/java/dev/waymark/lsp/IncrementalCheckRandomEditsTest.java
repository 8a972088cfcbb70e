package dev.waymark.lsp;

import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckContext;
import dev.waymark.check.Checker;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random edits to a real workspace (the energy example: journeys that hand over to, address and
 * expand each other, personas and teams in files of their own): after every edit the incremental
 * check, fed the workspace as the server builds it (indexes of unchanged journeys reused), says
 * exactly what a check from scratch says.
 */
class IncrementalCheckRandomEditsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static final Rules RULES = Rules.load();
    static final Map<String, String> ORIGINAL = read(Paths.get("..", "examples", "energy-lifecycle"));
    static final List<String> WORDS = ORIGINAL.values().stream()
            .flatMap(t -> Pattern.compile("[a-z][a-z0-9-]{2,}").matcher(t).results().map(java.util.regex.MatchResult::group)).distinct().sorted().toList();
    static final List<String> SNIPPETS = List.of("{", "}", "\"", "next ", "expands lifecycle", "addresses billing.", "persona ",
            "// waymark-ignore duplicate-id -- a test\n", "// waymark-ignore unreachable-step, missing-evidence -- a test\n",
            "owner @nobody\n", "reviewed 2019-01-01 by @x\n", "emotion 9\n", "next end\n");

    @Property(tries = 25)
    void afterRandomEditsTheIncrementalCheckEqualsAFullOne(@ForAll long seed) {
        Random random = new Random(seed);
        Map<String, String> texts = new TreeMap<>(ORIGINAL);
        Map<String, ParseResult> parsed = new TreeMap<>();
        texts.forEach((path, text) -> parsed.put(path, parse(path, text)));
        IncrementalCheck incremental = new IncrementalCheck(RULES);
        Workspace served = new Workspace(new ArrayList<>(parsed.values()));
        assertSame(incremental, served, parsed, "the first check");
        for (int edit = 0; edit < 30; edit++) {
            String path = List.copyOf(ORIGINAL.keySet()).get(random.nextInt(ORIGINAL.size()));
            String before = texts.get(path);
            String after = mutate(random, before, path);
            String what = "edit " + edit + " of seed " + seed + " in " + path;
            if (after == null) {
                texts.remove(path);
                parsed.remove(path);
            } else {
                texts.put(path, after);
                parsed.put(path, parse(path, after));
            }
            served = new Workspace(new ArrayList<>(parsed.values()), served);
            assertSame(incremental, served, parsed, what);
        }
    }

    private static void assertSame(IncrementalCheck incremental, Workspace served, Map<String, ParseResult> parsed, String what) {
        Workspace fresh = new Workspace(new ArrayList<>(parsed.values()));
        List<Diagnostic> full = Checker.run(new CheckContext(fresh, Policy.defaults(), AS_OF, ChangeHistory.NONE), RULES);
        assertThat(incremental.check(served, Policy.defaults(), AS_OF)).as(what).isEqualTo(full);
    }

    /** One edit as a person makes it, mid-word and mid-line included; null deletes the file. */
    private static String mutate(Random random, String text, String path) {
        if (text == null) return ORIGINAL.get(path); // deleted before: back it comes
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(8)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 2 -> {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                Matcher m = Pattern.compile("[a-z][a-z0-9-]{2,}").matcher(lines.get(at));
                List<int[]> spots = new ArrayList<>();
                while (m.find()) spots.add(new int[] {m.start(), m.end()});
                if (!spots.isEmpty()) {
                    int[] s = spots.get(random.nextInt(spots.size()));
                    lines.set(at, lines.get(at).substring(0, s[0]) + word + lines.get(at).substring(s[1]));
                }
            }
            case 3 -> {
                String line = lines.get(at);
                int col = random.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, col) + SNIPPETS.get(random.nextInt(SNIPPETS.size())) + line.substring(col));
            }
            case 4 -> {
                return ORIGINAL.get(path); // undo everything
            }
            case 5 -> {
                return random.nextInt(4) == 0 ? null : text;
            }
            default -> {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                lines.set(at, lines.get(at).replace(lines.get(at).trim().split(" ")[0], word));
            }
        }
        return String.join("\n", lines);
    }

    private static ParseResult parse(String path, String text) {
        return SourceParser.parse(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, String> out = new TreeMap<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".journey")).toList()) out.put(f.getFileName().toString(), Files.readString(f));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
