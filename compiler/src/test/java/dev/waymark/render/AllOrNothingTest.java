package dev.waymark.render;

import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A render reaches `--out` whole or not at all; the manifest removes what a journey left behind, and nothing else. */
class AllOrNothingTest {
    static final EnumSet<RenderFormat> FORMATS = EnumSet.of(RenderFormat.SVG, RenderFormat.JSON, RenderFormat.MERMAID, RenderFormat.HTML);

    @TempDir
    Path dir;

    static String journey(String id) {
        return "journey " + id + " \"" + id + "\" {\n  owner @a\n  stage s \"S\" { step x \"X\" { emotion +1 } step y \"Y\" }\n}\n";
    }

    private Site site(String... texts) {
        Workspace ws = Fixtures.workspace(texts);
        CheckResult check = Waymark.check(ws, new Waymark.CheckRequest(List.of(), dir, Policy.defaults(), Fixtures.AS_OF,
                ChangeHistory.NONE, Rules.load()));
        return Site.plan(check, Policy.defaults(), Fixtures.AS_OF, FORMATS);
    }

    /** Every file under the folder by relative path, and the folder's siblings (a staging or backup folder left behind shows). */
    static Map<String, byte[]> snapshot(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        try (Stream<Path> s = Files.list(out.getParent())) {
            for (Path p : s.toList()) files.put("../" + p.getFileName(), new byte[0]);
        }
        return files;
    }

    static void assertSame(Map<String, byte[]> after, Map<String, byte[]> before) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
    }

    /** An earlier run's site, plus a file of the user's own. */
    private Path earlierSite() throws IOException {
        Path out = dir.resolve("site");
        Renderer.write(site(journey("alpha"), journey("beta")), site(journey("alpha"), journey("beta")).outputs(), out, System.err);
        Files.writeString(out.resolve("notes.txt"), "mine");
        return out;
    }

    @Test
    void aJourneyThatFailsToRenderLeavesTheFolderAsItWas() throws Exception {
        Path out = earlierSite();
        Map<String, byte[]> before = snapshot(out);
        Site site = site(journey("alpha"), journey("beta"), journey("gamma"));
        SortedMap<String, Site.Output> outputs = new TreeMap<>(site.outputs());
        outputs.put("gamma.svg", new Site.Output(Optional.of("gamma"), RenderFormat.SVG, () -> {
            throw new IllegalStateException("not a coordinate: NaN");
        }));
        assertThatThrownBy(() -> Renderer.write(site, outputs, out, System.err))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("journey `gamma` could not be rendered as svg")
                .hasMessageContaining("nothing was written, " + out + " is as it was");
        assertSame(snapshot(out), before);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 9, 12})
    void aSignalDuringTheMovesPutsEveryFileBack(int atStep) throws Exception {
        Path out = earlierSite();
        Files.writeString(out.resolve("alpha.svg"), "edited by hand");   // a listed file changed since: kept, never deleted
        Map<String, byte[]> before = snapshot(out);
        Site site = site(journey("alpha"), journey("gamma"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        StagedOutput staged = StagedOutput.begin(out, new PrintStream(console, true, StandardCharsets.UTF_8));
        for (Map.Entry<String, Site.Output> e : site.outputs().entrySet()) {
            staged.write(e.getKey(), e.getValue().format(), e.getValue().bytes().get());
        }
        AtomicInteger steps = new AtomicInteger();
        staged.beforeEachStep(() -> {
            if (steps.incrementAndGet() == atStep) staged.onSignal();
        });
        assertThatThrownBy(() -> staged.commit(FORMATS)).isInstanceOf(StagedOutput.Interrupted.class);
        staged.close();
        assertThat(steps.get()).isEqualTo(atStep);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("render interrupted", out + " is as it was");
        assertSame(snapshot(out), before);
    }

    @Test
    void theManifestRemovesTheFilesOfAJourneyThatIsGoneAndNothingElse() throws Exception {
        Path out = earlierSite();
        assertThat(out.resolve(Manifest.FILE)).exists();
        Files.writeString(out.resolve("beta.mmd"), "edited by hand");
        Files.writeString(out.resolve("alpha.flow.svg"), "<svg/>");   // not written by Waymark: not in the manifest

        RenderResult r = Renderer.write(site(journey("alpha"), journey("renamed")), site(journey("alpha"), journey("renamed")).outputs(),
                out, System.err);
        assertThat(out.resolve("renamed.svg")).exists();
        assertThat(out.resolve("beta.svg")).doesNotExist();
        assertThat(out.resolve("beta.json")).doesNotExist();
        assertThat(out.resolve("beta.html")).doesNotExist();
        assertThat(r.removed()).extracting(p -> p.getFileName().toString()).containsExactly("beta.html", "beta.json", "beta.svg");
        assertThat(Files.readString(out.resolve("beta.mmd"))).isEqualTo("edited by hand");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("beta.mmd", "changed since"));
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(Files.readString(out.resolve("alpha.flow.svg"))).isEqualTo("<svg/>");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("site");
        }
    }

    @Test
    void filesOfAFormatNotRenderedThisTimeStay() throws Exception {
        Path out = earlierSite();
        Site svgOnly = Site.plan(Waymark.check(Fixtures.workspace(journey("alpha")), new Waymark.CheckRequest(List.of(), dir,
                Policy.defaults(), Fixtures.AS_OF, ChangeHistory.NONE, Rules.load())), Policy.defaults(), Fixtures.AS_OF, EnumSet.of(RenderFormat.SVG));
        Renderer.write(svgOnly, svgOnly.outputs(), out, System.err);
        assertThat(out.resolve("beta.svg")).doesNotExist();
        assertThat(out.resolve("beta.json")).exists();
        assertThat(out.resolve("beta.mmd")).exists();
        assertThat(Manifest.read(out).orElseThrow().find("beta.json")).isPresent();
    }

    @Test
    void aManifestNeverNamesAFileOutsideItsFolder() throws Exception {
        Path out = earlierSite();
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep");
        String sha = Manifest.sha256("keep".getBytes(StandardCharsets.UTF_8));
        Files.writeString(out.resolve(Manifest.FILE), "{\"files\":[{\"name\":\"../victim.txt\",\"format\":\"svg\",\"sha256\":\"" + sha + "\"}]}");
        Renderer.write(site(journey("alpha")), site(journey("alpha")).outputs(), out, System.err);
        assertThat(victim).hasContent("keep");
    }

    @Test
    void aJourneyPastTheStepLimitIsListedNotRendered() {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i <= Policy.Limits.RENDERABLE_STEPS; i++) steps.append("step s").append(i).append(' ');
        Site site = site("journey huge \"Huge\" { owner @a stage s { " + steps + "} }\n", journey("small"));
        assertThat(site.views()).extracting(JourneyView::id).containsExactly("small");
        assertThat(site.skipped()).singleElement().satisfies(s -> {
            assertThat(s.journey()).isEqualTo("huge");
            assertThat(s.errors()).singleElement().satisfies(d -> {
                assertThat(d.rule().id()).isEqualTo("too-complex");
                assertThat(d.message()).contains("1001 steps", "up to 1000 steps");
            });
        });
        assertThat(site.outputs().keySet()).noneMatch(n -> n.startsWith("huge"));
    }
}
