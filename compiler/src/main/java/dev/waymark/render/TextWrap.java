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

    /**
     * At most `maxLines` lines; when the text runs longer, the last line kept ends with an
     * ellipsis and still fits `maxWidth`.
     */
    public static List<String> lines(String text, double size, boolean bold, double maxWidth, int maxLines) {
        List<String> all = lines(text, size, bold, maxWidth);
        if (all.size() <= maxLines) return all;
        List<String> out = new ArrayList<>(all.subList(0, maxLines));
        String last = out.get(maxLines - 1);
        while (!last.isEmpty() && TextMetrics.width(last + "…", size, bold) > maxWidth) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        out.set(maxLines - 1, last.stripTrailing() + "…");
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
        for (String word : words(paragraph)) {
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

    /** The words of a paragraph: runs of non-whitespace (no regex: this runs for every text on every map). */
    static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            boolean space = Character.isWhitespace(paragraph.charAt(i));
            if (space && start >= 0) {
                words.add(paragraph.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) words.add(paragraph.substring(start));
        return words;
    }

    /** Cuts a word into pieces that fit; full pieces go to `out`, the last one stays in `line`. */
    private static double breakWord(String word, double size, boolean bold, double maxWidth, List<String> out, StringBuilder line) {
        double width = 0;
        for (int i = 0; i < word.length(); ) {
            // a letter and the combining marks after it move together (some marks have a width of their own)
            int end = i + Character.charCount(word.codePointAt(i));
            while (end < word.length() && isMark(word.codePointAt(end))) end += Character.charCount(word.codePointAt(end));
            double w = 0;
            for (int j = i; j < end; j += Character.charCount(word.codePointAt(j))) w += TextMetrics.advance(word.codePointAt(j), bold) * size;
            if (line.length() > 0 && width + w > maxWidth) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(word, i, end);
            width += w;
            i = end;
        }
        return width;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
