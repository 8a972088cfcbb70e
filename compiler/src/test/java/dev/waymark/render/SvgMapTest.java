package dev.waymark.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SvgMapTest {

    private static final String SMALL = """
            journey onboarding "Opening an account" {
              owner @growth
              stage start "Start" {
                step sign-up "Signs up" { emotion +1 "Keen" }
                step verify "Verifies the e-mail address" { emotion -1 -> +1 }
              }
            }
            """;

    @Test
    void theSampleHasEveryLaneAndNoTextOutsideItsBoxAndNoOverlap() throws Exception {
        JourneyView v = Fixtures.view(Fixtures.sample(), "checkout");
        Document svg = SvgGeometry.parse(SvgMap.render(v));
        assertThat(SvgGeometry.problems(svg)).isEmpty();
        assertThat(laneIds(svg)).containsExactly("stages", "actions", "emotion", "thoughts", "pains", "moments",
                "blueprint-frontstage", "blueprint-backstage", "blueprint-support", "metrics", "opportunities", "owners");
        assertThat(SvgGeometry.boxCount(svg)).isGreaterThan(40);
    }

    @Test
    void lanesWithoutContentAreLeftOutAndNoBlueprintWithoutLanes() throws Exception {
        Document svg = SvgGeometry.parse(SvgMap.render(Fixtures.view(SMALL)));
        assertThat(laneIds(svg)).containsExactly("stages", "actions", "emotion", "owners");
        assertThat(SvgGeometry.problems(svg)).isEmpty();
    }

    @Test
    void everyIdCarriesTheJourneyPrefixAndIsUnique() throws Exception {
        Document svg = SvgGeometry.parse(SvgMap.render(Fixtures.view(Fixtures.sample(), "checkout")));
        Set<String> ids = new HashSet<>();
        for (Element e : SvgGeometry.elements(svg, "*")) {
            if (!e.hasAttribute("id")) continue;
            assertThat(e.getAttribute("id")).startsWith("wm-checkout-");
            assertThat(ids.add(e.getAttribute("id"))).as("unique id %s", e.getAttribute("id")).isTrue();
        }
        assertThat(ids).contains("wm-checkout-title", "wm-checkout-desc", "wm-checkout-step-checkout-form",
                "wm-checkout-pain-surprise-shipping", "wm-checkout-opportunity-cart-emails");
    }

    @Test
    void isAccessibleAnImageWithATitleAndADescription() throws Exception {
        Document svg = SvgGeometry.parse(SvgMap.render(Fixtures.view(Fixtures.sample(), "checkout")));
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("wm-checkout-title wm-checkout-desc");
        assertThat(SvgGeometry.elements(svg, "title").get(0).getTextContent()).isEqualTo("Buying handcrafted jewelry online");
        assertThat(SvgGeometry.elements(svg, "desc").get(0).getTextContent())
                .contains("owned by @ecommerce", "Review current", "13 steps", "lowest emotion −2");
    }

    @Test
    void emotionHasAMarkerPerStepWithItsScoreAndADiamondPerTarget() throws Exception {
        Document svg = SvgGeometry.parse(SvgMap.render(Fixtures.view(SMALL)));
        List<Element> markers = SvgGeometry.elements(svg, "g").stream().filter(g -> SvgGeometry.hasClass(g, "wm-marker")).toList();
        assertThat(markers).extracting(m -> m.getTextContent()).containsExactly("+1", "−1");
        assertThat(markers).extracting(m -> m.getAttribute("aria-label")).containsExactly("emotion +1 Keen", "emotion −1");
    }

    @Test
    void severityIsWrittenOutNotOnlyColoured() throws Exception {
        Document svg = SvgGeometry.parse(SvgMap.render(Fixtures.view(Fixtures.sample(), "checkout")));
        Element pain = svg.getElementById("wm-checkout-pain-surprise-shipping");
        if (pain == null) {
            pain = SvgGeometry.elements(svg, "g").stream().filter(g -> g.getAttribute("id").equals("wm-checkout-pain-surprise-shipping")).findFirst().orElseThrow();
        }
        assertThat(pain.getTextContent()).contains("CRITICAL", "financial", "Shipping cost appears only", "at the end", "Addressed by O1, O2");
    }

    @Test
    void theReviewBadgeSaysTheStatusInWords() throws Exception {
        String stale = SMALL.replace("owner @growth", "owner @growth\n  reviewed 2025-01-01 by @dana");
        String svg = new String(SvgMap.render(Fixtures.view(stale)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).contains("⚠ Review stale since 2025-04-01");
        String missing = new String(SvgMap.render(Fixtures.view(SMALL)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(missing).contains("✕ Never reviewed");
    }

    @Test
    void scoresOutsideTheScaleStayInsideTheChart() throws Exception {
        JourneyView v = Fixtures.view(SMALL.replace("emotion +1 \"Keen\"", "emotion +9 \"Keen\"").replace("emotion -1 -> +1", "emotion -40 -> +7"));
        Document svg = SvgGeometry.parse(SvgMap.render(v));
        List<Element> circles = SvgGeometry.elements(svg, "circle");
        double[] ys = circles.stream().mapToDouble(c -> Double.parseDouble(c.getAttribute("cy"))).toArray();
        // +3 and -3 rows are 6 levels apart
        assertThat(ys[1] - ys[0]).isEqualTo(6 * EmotionLane.LEVEL);
    }

    @Test
    void oddShapesStillMakeASoundMap() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 30; i++) many.append("    step s").append(i).append(" { emotion ").append(i % 7 - 3).append(" }\n");
        for (String text : List.of(
                "journey empty { owner @a }",
                "journey hollow \"Hollow\" { stage a \"A\" { } stage b { step x { } } }",
                "journey wide \"Wide\" { owner @a\n  stage only {\n" + many + "  }\n}",
                "journey backstage-only { stage s { step a { lane backstage } step b { lane support } step c { lane backstage } } }")) {
            Document svg = SvgGeometry.parse(SvgMap.render(Fixtures.view(text)));
            assertThat(SvgGeometry.problems(svg)).as(text).isEmpty();
        }
    }

    private static List<String> laneIds(Document svg) {
        return SvgGeometry.elements(svg, "g").stream().filter(g -> SvgGeometry.hasClass(g, "wm-lane"))
                .map(g -> g.getAttribute("id").replace("wm-checkout-", "").replace("wm-onboarding-", "").replace("lane-", "")).toList();
    }
}
