package dev.waymark.render.portfolio;

import dev.waymark.render.slide.Page;
import dev.waymark.render.slide.Slides;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The portfolio views as pictures, for `--format png` and `pdf`: the touchpoint inventory, the
 * pain heatmap, the opportunity matrix, the owners' queue and the metrics, each drawn as SVG
 * (for the page asked for) and converted like a map.
 */
public final class PortfolioViews {
    /** File name without extension → the view as a standalone SVG document for a page. */
    public static final Map<String, BiFunction<Portfolio, Page, byte[]>> SVG;

    static {
        Map<String, BiFunction<Portfolio, Page, byte[]>> m = new LinkedHashMap<>();
        m.put("portfolio.touchpoints", TouchpointsSvg::render);
        m.put("portfolio.pains", HeatmapSvg::render);
        m.put("portfolio.matrix", (p, page) -> MatrixSvg.render(p));
        m.put("portfolio.owners", OwnersSvg::render);
        m.put("portfolio.metrics", MetricsSvg::render);
        SVG = java.util.Collections.unmodifiableMap(m);
    }

    private PortfolioViews() {
    }

    public static byte[] convert(boolean png, byte[] svg, Page page) {
        return png ? Slides.png(svg, page) : Slides.pdf(svg, page);
    }
}
