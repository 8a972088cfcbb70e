package dev.waymark.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of `waymark render --format`, and the file each one writes per journey. */
public enum RenderFormat {
    SVG("svg", ".svg"),
    FLOW("flow", ".flow.svg"),
    JSON("json", ".json"),
    MERMAID("mermaid", ".mmd"),
    HTML("html", ".html");

    private final String label;
    private final String extension;

    RenderFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The file name for a journey: `<base><extension>`, the base from {@link FileNames} (the id itself for a plain id). */
    public String fileName(String base) {
        return base + extension;
    }

    public static RenderFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (RenderFormat f : values()) if (f.label.equals(t)) return f;
        if (t.equals("mmd")) return MERMAID;
        throw new IllegalArgumentException("unknown format '" + text + "' (known: "
                + Arrays.stream(values()).map(RenderFormat::label).collect(Collectors.joining(", ")) + ")");
    }
}
