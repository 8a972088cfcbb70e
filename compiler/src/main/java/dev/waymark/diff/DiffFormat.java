package dev.waymark.diff;

/** The output formats of `waymark diff --format`. */
public enum DiffFormat {
    TEXT, MARKDOWN, JSON, SVG;

    public String render(DiffReport report, boolean color) {
        switch (this) {
            case MARKDOWN:
                return DiffMarkdown.render(report);
            case JSON:
                return DiffJson.render(report);
            case SVG:
                return DiffSvg.render(report);
            default:
                return DiffText.render(report, color);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
