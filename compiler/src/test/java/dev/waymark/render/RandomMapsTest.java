package dev.waymark.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Maps of random shape and text: every one parses and keeps its text in its boxes, boxes apart. */
class RandomMapsTest {

    @Property(tries = 40)
    void everyRandomMapIsSound(@ForAll("journeys") String text) throws Exception {
        var ws = Fixtures.workspace(text);
        assertThat(ws.files().get(0).diagnostics()).as(text).isEmpty();
        JourneyView v = new JourneyView(ws, ws.allJourneys().get(0), dev.waymark.config.Policy.defaults(), Fixtures.AS_OF);
        assertThat(v.journey().stages()).isNotEmpty();
        Document svg = SvgGeometry.parse(SvgMap.render(v));
        assertThat(SvgGeometry.problems(svg)).as(text).isEmpty();
    }

    @Provide
    Arbitrary<String> journeys() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars("Äéß漢😀-<>&'").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> texts = words.list().ofMinSize(1).ofMaxSize(25).map(l -> String.join(" ", l));
        Arbitrary<String> step = Arbitraries.integers().between(0, 9999).flatMap(n -> texts.list().ofSize(4).flatMap(t ->
                Arbitraries.integers().between(-3, 3).flatMap(e -> Arbitraries.of("customer", "frontstage", "backstage", "support")
                        .flatMap(lane -> Arbitraries.integers().between(0, 3).map(pains -> {
                            StringBuilder s = new StringBuilder("    step s" + n + " \"" + q(t.get(0)) + "\" {\n");
                            s.append("      emotion ").append(e).append(" \"").append(q(t.get(1))).append("\" -> +2\n");
                            s.append("      lane ").append(lane).append("\n");
                            s.append("      thought \"").append(q(t.get(2))).append("\"\n");
                            for (int p = 0; p < pains; p++) {
                                s.append("      pain \"").append(q(t.get(3))).append("\" severity ")
                                        .append(List.of("low", "medium", "high", "critical").get(p)).append("\n");
                            }
                            if (pains == 2) s.append("      moment-of-truth \"").append(q(t.get(1))).append("\"\n");
                            if (pains == 3) s.append("      metric m = ").append(n % 100).append("% target 50%\n");
                            return s.append("    }\n").toString();
                        })))));
        Arbitrary<String> stage = step.list().ofMaxSize(4).flatMap(steps -> texts.map(title ->
                "  stage st" + Math.abs(title.hashCode()) + " \"" + q(title) + "\" {\n" + String.join("", steps) + "  }\n"));
        return stage.list().ofMinSize(1).ofMaxSize(4).flatMap(stages -> texts.map(title ->
                "journey rnd \"" + q(title) + "\" {\n  owner @a\n" + uniqueIds(String.join("", stages)) + "}\n"));
    }

    private static String q(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Random ids may repeat; number every id so the journey has no duplicate-id error. */
    private static String uniqueIds(String body) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String line : body.split("\n", -1)) {
            String t = line.stripLeading();
            if (t.startsWith("step s") || t.startsWith("stage st")) {
                int space = t.indexOf(' ');
                int end = t.indexOf(' ', space + 1);
                line = line.substring(0, line.length() - t.length()) + t.substring(0, end) + "x" + (n++) + t.substring(end);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
