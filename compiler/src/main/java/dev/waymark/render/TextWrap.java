package dev.waymark.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking by measured width: words move to the next line when they do not fit,
 * a word wider than the line on its own is cut between characters (a 10,000-character word
 * becomes many lines, never an overflow), and a line break in the text is kept.
 */
public final class TextWrap {
    private TextWrap() {
    }

    public static List<String> lines(String text, double size, boolean bold, double maxWidth) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), size, bold, maxWidth, out);
        }
        // trailing empty paragraphs carry nothing to show
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    private static void wrapParagraph(String paragraph, double size, boolean bold, double maxWidth, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        double space = TextMetrics.width(" ", size, bold);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String word : paragraph.split("\\s+")) {
            if (word.isEmpty()) continue;
            double w = TextMetrics.width(word, size, bold);
            if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (w <= maxWidth) {
                line.append(word);
                lineWidth = w;
            } else {
                lineWidth = breakWord(word, size, bold, maxWidth, out, line);
            }
        }
        if (line.length() > 0) out.add(line.toString());
    }

    /** Cuts a word into pieces that fit; full pieces go to `out`, the last one stays in `line`. */
    private static double breakWord(String word, double size, boolean bold, double maxWidth, List<String> out, StringBuilder line) {
        double width = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int n = Character.charCount(cp);
            double w = TextMetrics.advance(cp, bold) * size;
            // a combining mark stays with the character before it
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK;
            if (line.length() > 0 && width + w > maxWidth && !mark) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.appendCodePoint(cp);
            width += w;
            i += n;
        }
        return width;
    }
}
