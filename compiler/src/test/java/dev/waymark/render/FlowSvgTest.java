package dev.waymark.render;

import dev.waymark.config.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FlowSvgTest {

    @AfterEach
    void restoreTheEngine() {
        GraphvizEngine.probe(Optional.empty(), true);
    }

    @Test
    void theGraphHasAClusterPerStageEdgesWithSharesAndDropOffs() throws Exception {
        assumeTrue(GraphvizEngine.status().available(), () -> "Graphviz cannot run here: " + GraphvizEngine.status().problem());
        JourneyView v = Fixtures.view(Fixtures.sample(), "checkout");
        byte[] bytes = FlowSvg.render(v);
        Document svg = SvgGeometry.parse(bytes);
        List<Element> groups = SvgGeometry.elements(svg, "g");
        assertThat(groups.stream().filter(g -> SvgGeometry.hasClass(g, "cluster")).count()).isEqualTo(4);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Fills in shipping and payment", "70%", "10%", "Drop-off", "20% Abandons the cart", "−2 Annoyed")
                .doesNotContain("<!--", "<!DOCTYPE");
        for (Element e : SvgGeometry.elements(svg, "*")) {
            if (e.hasAttribute("id")) assertThat(e.getAttribute("id")).startsWith("wm-checkout-flow-");
        }
        assertThat(FlowSvg.render(v)).isEqualTo(bytes);
        HostileInputTest.assertInert(svg, "checkout.flow.svg");
    }

    @Test
    void withoutAnyEngineTheOtherFormatsStillRenderAndTheWarningSaysHowToInstall(@TempDir Path out) throws Exception {
        GraphvizEngine.Status none = GraphvizEngine.probe(Optional.of(out.resolve("no-such-dir").toString()), false);
        assertThat(none.available()).isFalse();
        assertThat(none.problem()).contains("apt-get install graphviz");
        RenderResult r = Renderer.render(Fixtures.sample(), Policy.defaults(), Fixtures.AS_OF,
                EnumSet.of(RenderFormat.SVG, RenderFormat.FLOW, RenderFormat.JSON), out);
        assertThat(r.rendered()).containsExactly("checkout");
        assertThat(r.warnings()).singleElement().asString().contains("apt-get install graphviz");
        assertThat(r.formatMissing()).isTrue();
        assertThat(out.resolve("checkout.svg")).exists();
        assertThat(out.resolve("checkout.json")).exists();
        assertThat(out.resolve("checkout.flow.svg")).doesNotExist();
    }

    @Test
    void labelsCannotFormGraphvizEscapes() {
        assertThat(FlowGraph.label("a\\Nb \\G", 500)).isEqualTo("a⧵Nb ⧵G");
    }
}
