package dev.waymark.render.portfolio;

import dev.waymark.render.slide.Page;
import dev.waymark.render.slide.Slides;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The portfolio views that are pictures, for `--format png` and `pdf`: the opportunity matrix
 * and the pain heatmap, drawn as SVG and converted like a map.
 */
public final class PortfolioViews {
    /** File name without extension → the view as a standalone SVG document. */
    public static final Map<String, Function<Portfolio, byte[]>> SVG;

    static {
        Map<String, Function<Portfolio, byte[]>> m = new LinkedHashMap<>();
        m.put("portfolio.matrix", MatrixSvg::render);
        m.put("portfolio.pains", HeatmapSvg::render);
        SVG = java.util.Collections.unmodifiableMap(m);
    }

    private PortfolioViews() {
    }

    public static byte[] convert(boolean png, byte[] svg, Page page) {
        return png ? Slides.png(svg, page) : Slides.pdf(svg, page);
    }
}
