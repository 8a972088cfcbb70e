package dev.waymark.importer;

/** The diagram inside a Markdown ```mermaid fence, or the text itself when there is none. */
public final class MermaidBlock {
    private MermaidBlock() {
    }

    public static String extract(String text) {
        int fence = text.indexOf("```mermaid");
        if (fence < 0) return text;
        int start = text.indexOf('\n', fence);
        int end = start < 0 ? -1 : text.indexOf("```", start);
        return start < 0 || end < 0 ? text.substring(fence + 10) : text.substring(start + 1, end);
    }
}
