package dev.waymark.render;

import dev.waymark.cli.WaymarkCli;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RendererTest {
    static final String GOOD = """
            journey good "Good" {
              owner @a
              stage s "S" { step x "X" { emotion +1 } }
            }
            """;
    static final String BROKEN = """
            journey broken "Broken" {
              owner @a
              stage s "S" { step x "X" { next nowhere } }
            }
            """;

    @Test
    void rendersTheGoodJourneysAndReportsTheOthersWithTheirErrors(@TempDir Path out) throws Exception {
        Workspace ws = Fixtures.workspace(GOOD, BROKEN);
        RenderResult r = Renderer.render(ws, Policy.defaults(), Fixtures.AS_OF, EnumSet.of(RenderFormat.SVG, RenderFormat.HTML), out);
        assertThat(r.rendered()).containsExactly("good");
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.journey()).isEqualTo("broken");
            assertThat(s.errors()).extracting(d -> d.rule().id()).containsExactly("unresolved-reference");
        });
        assertThat(r.complete()).isFalse();
        assertThat(out.resolve("good.svg")).exists();
        assertThat(out.resolve("broken.svg")).doesNotExist();
        // html brings the JSON its pages link to
        assertThat(out.resolve("good.json")).exists();
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("href=\"good.html\"", "Not rendered: 1 structural error");
        assertThat(noTempFiles(out)).isTrue();
        String page = Files.readString(out.resolve("good.html"));
        assertThat(page).contains("Content-Security-Policy", "default-src 'none'", "href=\"waymark.css\"", "href=\"good.json\"",
                "href=\"index.html\"", "<svg ", "id=\"wm-good-title\"").doesNotContain("<script", "style=");
        assertThat(out.resolve("waymark.css")).exists();
    }

    @Test
    void aFileWithASyntaxErrorRendersNoneOfItsJourneys(@TempDir Path out) throws Exception {
        Workspace ws = Fixtures.workspace(GOOD + "\njourney second \"Second\" { owner @a stage s { step y { emotion } } }");
        RenderResult r = Renderer.render(ws, Policy.defaults(), Fixtures.AS_OF, EnumSet.of(RenderFormat.JSON), out);
        assertThat(r.rendered()).isEmpty();
        assertThat(r.skipped()).extracting(RenderResult.Skipped::journey).containsExactly("good", "second");
        assertThat(r.skipped()).allSatisfy(s -> assertThat(s.errors()).extracting(d -> d.rule().id()).contains("syntax"));
    }

    @Test
    void theCliExitsOneWhenAJourneyCouldNotBeRenderedAndSaysWhy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.journey"), GOOD);
        Files.writeString(dir.resolve("b.journey"), BROKEN);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WaymarkCli.run(new String[] {"render", dir.toString(), "--out", dir.resolve("site").toString(),
                "--format", "svg,json", "--as-of", "2026-11-22"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("journey `broken` not rendered: 1 structural error", "unresolved-reference");
        assertThat(out.toString()).contains("Rendered 1 journey");
        assertThat(dir.resolve("site/good.svg")).exists();

        Files.delete(dir.resolve("b.journey"));
        code = WaymarkCli.run(new String[] {"render", dir.toString(), "--out", dir.resolve("site").toString(), "--format", "svg",
                "--as-of", "2026-11-22"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
    }

    @Test
    void anUnknownFormatIsBadUsage(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = WaymarkCli.run(new String[] {"render", dir.toString(), "--out", dir.toString(), "--format", "docx"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'docx'");
    }

    @Test
    void twoRendersAreByteIdentical(@TempDir Path dir) throws Exception {
        List<Path> roots = new ArrayList<>(List.of(Fixtures.SAMPLE_DIR.toAbsolutePath()));
        Fixtures.exampleDirs().forEach(p -> roots.add(p.toAbsolutePath()));
        Workspace first = dev.waymark.resolve.WorkspaceLoader.load(roots, Path.of(""));
        Renderer.render(first, Policy.defaults(), Fixtures.AS_OF, EnumSet.allOf(RenderFormat.class), dir.resolve("one"));
        Workspace second = dev.waymark.resolve.WorkspaceLoader.load(roots, Path.of(""));
        Renderer.render(second, Policy.defaults(), Fixtures.AS_OF, EnumSet.allOf(RenderFormat.class), dir.resolve("two"));
        Map<String, byte[]> one = contents(dir.resolve("one"));
        Map<String, byte[]> two = contents(dir.resolve("two"));
        assertThat(one.keySet()).isEqualTo(two.keySet()).contains("checkout.svg", "checkout.json", "checkout.mmd", "index.html");
        for (String name : one.keySet()) assertThat(two.get(name)).as(name).isEqualTo(one.get(name));
    }

    @Test
    void withoutHtmlOnlyTheStructuralRulesRun() {
        dev.waymark.check.Rules all = dev.waymark.check.Rules.load();
        assertThat(Renderer.rulesFor(all, EnumSet.of(RenderFormat.SVG, RenderFormat.JSON, RenderFormat.MERMAID)).ids())
                .containsExactlyInAnyOrder("syntax", "duplicate-id", "unresolved-reference", "invalid-value");
        assertThat(Renderer.rulesFor(all, EnumSet.of(RenderFormat.SVG, RenderFormat.HTML)).ids()).isEqualTo(all.ids());
        assertThat(Renderer.rulesFor(all, EnumSet.noneOf(RenderFormat.class)).ids()).isEqualTo(all.ids()).hasSizeGreaterThan(4);
    }

    /** Checked with every rule or with the structural ones only, a render skips the same journeys for the same errors and writes the same files. */
    @Test
    void theStructuralRulesDecideWhatRendersAsAllTheRulesDo(@TempDir Path dir) throws Exception {
        String unowned = """
                journey unowned "No owner, no review" {
                  stage s "S" { step x "X" { pain "slow" } step y "Y" { next x } }
                }
                """;
        String invalid = "journey bad \"Bad\" { owner @a stage s \"S\" { step x \"X\" { emotion +9 } } }";
        String duplicate = "journey good \"Again\" { owner @b stage t \"T\" { step z \"Z\" } }";
        Workspace ws = Fixtures.workspace(GOOD, BROKEN, unowned, invalid, duplicate);
        Set<RenderFormat> formats = EnumSet.of(RenderFormat.SVG, RenderFormat.JSON, RenderFormat.MERMAID);
        dev.waymark.check.CheckResult full = dev.waymark.Waymark.check(ws, new dev.waymark.Waymark.CheckRequest(List.of(), dir,
                Policy.defaults(), Fixtures.AS_OF, dev.waymark.check.ChangeHistory.NONE, dev.waymark.check.Rules.load()));
        assertThat(full.diagnostics()).extracting(d -> d.rule().id()).contains("missing-owner", "missing-review");
        RenderResult everyRule = Renderer.render(full, Policy.defaults(), Fixtures.AS_OF, formats, dir.resolve("all"));
        RenderResult structural = Renderer.render(ws, Policy.defaults(), Fixtures.AS_OF, formats, dir.resolve("structural"));
        assertThat(everyRule.skipped()).isNotEmpty();
        assertThat(structural.rendered()).isEqualTo(everyRule.rendered()).contains("unowned");
        assertThat(structural.skipped()).isEqualTo(everyRule.skipped());
        Map<String, byte[]> one = contents(dir.resolve("all"));
        Map<String, byte[]> two = contents(dir.resolve("structural"));
        assertThat(two.keySet()).isEqualTo(one.keySet());
        for (String name : one.keySet()) assertThat(two.get(name)).as(name).isEqualTo(one.get(name));
    }

    @Test
    void aGraphvizErrorIsReportedByItsFirstLine() {
        assertThat(Renderer.firstLine("Error: trouble in init_rank\n\t%0 4\n\t%0 1\n")).isEqualTo("Error: trouble in init_rank");
        assertThat(Renderer.firstLine(null)).isEqualTo("no message");
        assertThat(Renderer.firstLine("x".repeat(500))).hasSize(201);
    }

    static Map<String, byte[]> contents(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return out;
    }

    static boolean noTempFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }
}
