package dev.waymark.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles written to break out of their element: markup, CDATA ends, entities, control
 * characters, bidi overrides and a 10,000-character word. Every output must still parse, keep
 * the text as text, and contain nothing active.
 */
class HostileInputTest {
    static final String SCRIPT = "</text><script>alert(1)</script>";
    static final String LONG_WORD = "W".repeat(10_000);

    static String hostileJourney() {
        return """
                persona p "%s" { quote "%s" }
                journey evil "%s" {
                  owner @team
                  personas p
                  description "%s"
                  stage s1 "%s" {
                    goal "%s"
                    step a "%s" {
                      emotion -2 "%s" -> +1
                      thought "%s"
                      pain bad "%s" severity critical category financial
                      moment-of-truth "%s"
                      metric conversion = 31%% target 45%%
                      channel web
                    }
                    step b "%s" { emotion +1 lane backstage }
                  }
                  opportunity fix "%s" { addresses bad owner @team }
                }
                """.formatted(SCRIPT, "]]> & &amp; <![CDATA[x]]>", SCRIPT, "\\u{7}bell \\u{0}nul \\u{1b}[31mred",
                "\\u{202E}evil\\u{202C} stage", "<!-- comment -->", SCRIPT, "\\\" onload=\\\"alert(1)",
                "#; %% : javascript:alert(1)", LONG_WORD, "<style>*{}</style> <foreignObject/>",
                "line1\\nsection x: 5: me", "a\\tb", "x\\\" href=\\\"javascript:alert(1)");
    }

    @Test
    void everyFormatParsesAndNothingIsActive(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("evil.journey"), hostileJourney(), StandardCharsets.UTF_8);
        Workspace ws = WorkspaceLoader.load(List.of(src), dir);
        Path out = dir.resolve("out");
        RenderResult result = Renderer.render(ws, Policy.defaults(), Fixtures.AS_OF, EnumSet.allOf(RenderFormat.class), out);
        assertThat(result.skipped()).isEmpty();
        assertThat(result.rendered()).containsExactly("evil");

        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("evil.svg", "evil.json", "evil.mmd", "evil.html", "index.html", "waymark.css");
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".svg") || name.endsWith(".html")) {
                Document doc = SvgGeometry.parse(Files.readAllBytes(f));
                assertInert(doc, name);
            }
        }

        Document svg = SvgGeometry.parse(Files.readAllBytes(out.resolve("evil.svg")));
        assertThat(SvgGeometry.elements(svg, "title").get(0).getTextContent()).isEqualTo(SCRIPT);
        assertThat(SvgGeometry.problems(svg)).isEmpty();
        String svgText = Files.readString(out.resolve("evil.svg"));
        assertThat(svgText).doesNotContain("\u202E", "\u0007", "\u001b").contains("&lt;/text&gt;&lt;script&gt;");
        // the 10,000-character pain is all there, cut into lines, on its card and on the opportunity that addresses it
        assertThat(SvgGeometry.elements(svg, "tspan").stream().filter(t -> t.getTextContent().startsWith("WWW"))
                .mapToInt(t -> t.getTextContent().length()).sum()).isEqualTo(20_000);

        JsonNode json = new ObjectMapper().readTree(out.resolve("evil.json").toFile());
        assertThat(json.get("title").asText()).isEqualTo(SCRIPT);

        for (String line : Files.readAllLines(out.resolve("evil.mmd"))) {
            assertThat(line).matches("journey|  title [^\\n]+|  section [^:]+|    [^:;#]+: [1-5](: [^:;#]+)?");
        }
    }

    static void assertInert(Document doc, String file) {
        Set<String> banned = Set.of("script", "foreignobject", "iframe", "object", "embed", "style", "animate", "set", "use", "image");
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName().toLowerCase(Locale.ROOT);
            assertThat(banned).as("%s: element <%s>", file, name).doesNotContain(name);
            NamedNodeMap attrs = e.getAttributes();
            for (int k = 0; k < attrs.getLength(); k++) {
                Attr a = (Attr) attrs.item(k);
                String an = a.getLocalName() == null ? a.getName() : a.getLocalName();
                assertThat(an.toLowerCase(Locale.ROOT)).as("%s: attribute %s", file, an).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(a.getValue().toLowerCase(Locale.ROOT)).as("%s: %s", file, an).doesNotContain("javascript:");
                if (an.equals("href") || an.equals("src")) {
                    // only our own files, by journey id, and places in them (the portfolio's anchors are ids too)
                    assertThat(a.getValue()).as("%s: %s", file, an).matches("[A-Za-z0-9_.-]+(#[A-Za-z0-9_.-]+)?|#[A-Za-z0-9_.-]+");
                }
            }
        }
        assertNoComments(doc, file);
    }

    private static void assertNoComments(Node node, String file) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            assertThat(n).as("%s: comment", file).isNotInstanceOf(Comment.class);
            assertNoComments(n, file);
        }
    }
}
