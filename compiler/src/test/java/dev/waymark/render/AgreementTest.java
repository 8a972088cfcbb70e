package dev.waymark.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waymark.Waymark;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.Pain;
import dev.waymark.model.PainSeverity;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Step;
import dev.waymark.resolve.StepRef;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the map (SVG), the JSON and the HTML page say about owners, "addressed by" and the
 * review equals what `check` concludes, on the examples and on random maps whose opportunities
 * address pains, steps and stages, in this journey and another, with every status.
 */
class AgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExamplesAgree() throws Exception {
        List<Path> roots = new ArrayList<>(List.of(Fixtures.SAMPLE_DIR));
        roots.addAll(Fixtures.exampleDirs());
        int checked = agree(WorkspaceLoader.load(roots, Path.of("")), "examples");
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Property(tries = 60)
    void randomMapsAgree(@ForAll("workspaces") List<String> files) throws Exception {
        List<dev.waymark.syntax.ParseResult> parsed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            parsed.add(dev.waymark.syntax.SourceParser.parse("r" + i + ".journey", files.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        Workspace ws = new Workspace(parsed);
        assertThat(parsed).allSatisfy(p -> assertThat(p.diagnostics()).as(p.source().text()).isEmpty());
        agree(ws, String.join("\n", files));
    }

    /**
     * Renders the workspace as the CLI does (svg, json, html into a fresh folder) and asserts the
     * agreement for every journey; the number of journeys checked.
     */
    private static int agree(Workspace ws, String what) throws Exception {
        Policy policy = Policy.defaults();
        List<Diagnostic> found = Waymark.check(ws, Waymark.CheckRequest.of(List.of(), Path.of("."))
                .withPolicy(policy).withAsOf(Fixtures.AS_OF)).diagnostics();
        Path out = Files.createTempDirectory("agreement");
        try {
            RenderResult result = Renderer.render(ws, policy, Fixtures.AS_OF, EnumSet.of(RenderFormat.SVG, RenderFormat.JSON, RenderFormat.HTML), out);
            assertThat(result.rendered()).as(what).containsExactlyInAnyOrderElementsOf(ws.journeys().keySet());
            int n = 0;
            for (Journey j : ws.journeys().values()) {
                JsonNode json = JSON.readTree(Files.readAllBytes(out.resolve(RenderFormat.JSON.fileName(j.id()))));
                Document svg = SvgGeometry.parse(Files.readAllBytes(out.resolve(RenderFormat.SVG.fileName(j.id()))));
                String html = Files.readString(out.resolve(RenderFormat.HTML.fileName(j.id())));
                addressed(ws, j, json, svg, html, found, what);
                owners(ws, j, json, html, found, what);
                review(j, json, svg, html, found, what);
                n++;
            }
            return n;
        } finally {
            try (var files = Files.walk(out)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    private static void addressed(Workspace ws, Journey j, JsonNode json, Document svg, String html, List<Diagnostic> found, String what) {
        Set<SourceSpan> unaddressed = spans(found, "pain-without-opportunity");
        List<String> htmlPains = htmlPains(html);
        int pain = 0;
        for (StepRef ref : ws.allSteps()) {
            if (ref.journey() != j) continue;
            JsonNode step = step(json, ref.step().id());
            for (int i = 0; i < ref.step().pains().size(); i++) {
                Pain p = ref.step().pains().get(i);
                boolean inJson = !step.get("pains").get(i).get("addressedBy").isEmpty();
                boolean inHtml = htmlPains.get(pain++).contains("addressed by");
                assertThat(inHtml).as(what + "\nHTML pain " + p.text()).isEqualTo(inJson);
                if (!p.severityKind().map(s -> s.atLeast(PainSeverity.HIGH)).orElse(false)) continue;
                boolean reported = unaddressed.contains(p.id().map(id -> id.span()).orElse(p.span()));
                assertThat(inJson).as(what + "\npain " + p.text() + ": check says unaddressed = " + reported).isEqualTo(!reported);
                if (p.id().isEmpty()) continue;
                String card = text(byId(svg, "pain-" + p.id().get().value()));
                assertThat(card.contains("Addressedby")).as(what + "\nSVG pain " + p.id().get().value()).isEqualTo(inJson);
                assertThat(card.contains("Noopportunityaddressesthisyet")).as(what + "\nSVG pain " + p.id().get().value()).isEqualTo(!inJson);
            }
        }
    }

    private static void owners(Workspace ws, Journey j, JsonNode json, String html, List<Diagnostic> found, String what) {
        Set<SourceSpan> ownerless = spans(found, "missing-owner");
        for (StepRef ref : ws.allSteps()) {
            if (ref.journey() != j) continue;
            Step s = ref.step();
            JsonNode step = step(json, s.id());
            JsonNode owner = step.get("effectiveOwner");
            assertThat(ownerless.contains(s.idSpan())).as(what + "\nstep " + s.id() + " owner " + owner).isEqualTo(owner.isNull());
            String shown = owner.isNull() ? "none"
                    : owner.asText() + (step.get("ownerFrom").asText().equals("step") ? "" : " (from " + step.get("ownerFrom").asText() + ")");
            Matcher row = Pattern.compile("<div class=\"id\">" + Pattern.quote(s.id()) + "</div></td><td[^>]*>[^<]*</td><td[^>]*>[^<]*</td><td[^>]*>([^<]*)</td>")
                    .matcher(html);
            assertThat(row.find()).as(what + "\nHTML row of step " + s.id()).isTrue();
            assertThat(row.group(1)).as(what + "\nHTML owner of step " + s.id()).isEqualTo(shown);
        }
    }

    private static void review(Journey j, JsonNode json, Document svg, String html, List<Diagnostic> found, String what) {
        String status = json.get("review").get("status").asText();
        boolean stale = found.stream().anyMatch(d -> d.rule().id().equals("stale-review") && j.span().contains(d.span()));
        assertThat(status.equals("stale")).as(what + "\nreview of " + j.id()).isEqualTo(stale);
        boolean soon = found.stream().anyMatch(d -> d.rule().id().equals("review-due-soon") && j.span().contains(d.span()));
        if (soon) assertThat(status).isEqualTo("due-soon");
        assertThat(html).contains("review-" + status);
        boolean card = SvgGeometry.elements(svg.getDocumentElement(), "g").stream().anyMatch(g -> SvgGeometry.hasClass(g, "wm-review-" + status));
        assertThat(card).as(what + "\nSVG review card of " + j.id()).isTrue();
    }

    private static Set<SourceSpan> spans(List<Diagnostic> found, String rule) {
        Set<SourceSpan> out = new HashSet<>();
        for (Diagnostic d : found) if (d.rule().id().equals(rule)) out.add(d.span());
        return out;
    }

    private static JsonNode step(JsonNode json, String id) {
        for (JsonNode stage : json.get("stages")) for (JsonNode step : stage.get("steps")) if (step.get("id").asText().equals(id)) return step;
        throw new AssertionError("no step " + id + " in the JSON");
    }

    private static List<String> htmlPains(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<div class=\"pain\">(.*?)</div>").matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static Element byId(Document svg, String suffix) {
        for (Element g : SvgGeometry.elements(svg.getDocumentElement(), "g")) if (g.getAttribute("id").endsWith(suffix)) return g;
        throw new AssertionError("no SVG group with id ..." + suffix);
    }

    /** The card's text with its line breaks undone: a sentence may wrap anywhere. */
    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", "");
    }

    // ------------------------------------------------------------------ random workspaces

    @Provide
    Arbitrary<List<String>> workspaces() {
        return Arbitraries.longs().map(AgreementTest::workspace);
    }

    /** Two journeys `a` and `b` drawn from a seed: owners anywhere or nowhere, pains, opportunities of every status. */
    static List<String> workspace(long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<List<String>> targets = List.of(new ArrayList<>(), new ArrayList<>());
        StringBuilder[] bodies = {new StringBuilder(), new StringBuilder()};
        String[] ids = {"a", "b"};
        for (int j = 0; j < 2; j++) {
            StringBuilder b = bodies[j];
            b.append("journey ").append(ids[j]).append(" \"Journey ").append(ids[j]).append("\" {\n");
            if (r.nextInt(3) > 0) b.append("  owner @j").append(j).append('\n');
            switch (r.nextInt(4)) {
                case 0 -> { }
                case 1 -> b.append("  reviewed 2026-11-01 by @x\n");
                case 2 -> b.append("  reviewed 2026-08-30 by @x\n");
                default -> b.append("  reviewed 2026-01-10 by @x\n  review every 1y\n");
            }
            int stages = 1 + r.nextInt(3);
            for (int s = 0; s < stages; s++) {
                String stage = ids[j] + "s" + s;
                targets.get(j).add(stage);
                b.append("  stage ").append(stage).append(" \"Stage ").append(s).append("\" {\n");
                if (r.nextInt(3) == 0) b.append("    owner @g").append(s).append('\n');
                int steps = 1 + r.nextInt(3);
                for (int t = 0; t < steps; t++) {
                    String step = stage + "t" + t;
                    targets.get(j).add(step);
                    b.append("    step ").append(step).append(" \"Step ").append(t).append("\" {\n");
                    if (r.nextInt(4) == 0) b.append("      owner @p").append(t).append('\n');
                    b.append("      lane ").append(List.of("customer", "frontstage", "backstage", "support").get(r.nextInt(4))).append('\n');
                    b.append("      emotion ").append(r.nextInt(7) - 3).append('\n');
                    int pains = r.nextInt(3);
                    for (int p = 0; p < pains; p++) {
                        String pain = step + "p" + p;
                        targets.get(j).add(pain);
                        b.append("      pain ").append(pain).append(" \"Pain ").append(p).append("\" severity ")
                                .append(List.of("low", "medium", "high", "critical").get(r.nextInt(4))).append('\n');
                    }
                    b.append("    }\n");
                }
                b.append("  }\n");
            }
        }
        for (int j = 0; j < 2; j++) {
            int opportunities = r.nextInt(5);
            for (int o = 0; o < opportunities; o++) {
                int in = r.nextInt(4) == 0 ? 1 - j : j;
                List<String> pool = targets.get(in);
                String target = (in == j ? "" : ids[in] + ".") + pool.get(r.nextInt(pool.size()));
                String status = List.of("", " status idea", " status done", " status dropped", " status in-progress").get(r.nextInt(5));
                bodies[j].append("  opportunity ").append(ids[j]).append("o").append(o).append(" \"Fix ").append(o)
                        .append("\" { addresses ").append(target).append(" owner @o").append(status).append(" }\n");
            }
            bodies[j].append("}\n");
        }
        return List.of(bodies[0].toString(), bodies[1].toString());
    }
}
