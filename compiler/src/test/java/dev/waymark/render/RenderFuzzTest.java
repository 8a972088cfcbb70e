package dev.waymark.render;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waymark.Waymark;
import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.fuzz.Companion;
import dev.waymark.fuzz.FuzzAssertions;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.SourceParser;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of `render` (Jazzer): every file of the site a fuzzed workspace makes
 * (map, JSON, Mermaid, pages; the flow graph needs Graphviz and is left to its own tests) is
 * produced without an exception; SVG and HTML parse as XML and are inert (no script, no event
 * handler, no style, no external reference); JSON parses.
 */
class RenderFuzzTest {
    private static final Rules RULES = Rules.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "10m")
    void render(byte[] bytes) throws Exception {
        Workspace ws = new Workspace(List.of(SourceParser.parse(FuzzAssertions.FILE, bytes), Companion.parsed()));
        CheckResult check = Waymark.check(ws, new Waymark.CheckRequest(List.of(), null, Policy.defaults(), Companion.AS_OF,
                ChangeHistory.NONE, RULES));
        Site site = Site.plan(check, Policy.defaults(), Companion.AS_OF,
                EnumSet.of(RenderFormat.SVG, RenderFormat.JSON, RenderFormat.MERMAID, RenderFormat.HTML));
        for (Map.Entry<String, Site.Output> e : site.outputs().entrySet()) {
            String name = e.getKey();
            byte[] out = e.getValue().bytes().get();
            if (name.endsWith(".svg") || name.endsWith(".html")) {
                HostileInputTest.assertInert(SvgGeometry.parse(out), name);
            } else if (name.endsWith(".json")) {
                try {
                    JSON.readTree(out);
                } catch (IOException bad) {
                    throw new AssertionError(name + " is not JSON: " + bad.getMessage(), bad);
                }
            }
        }
    }
}
