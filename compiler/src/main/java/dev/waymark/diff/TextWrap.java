package dev.waymark.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for SVG text, which has none of its own. Widths are estimated (no font
 * metrics on a build machine): {@value #EM} of the font size per character, a little wider
 * than DejaVu Sans and Arial on average, so text errs on the side of fitting. Lines past the
 * limit are dropped and the last one ends with an ellipsis.
 */
final class TextWrap {
    static final double EM = 0.62;

    private TextWrap() {
    }

    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * EM;
    }

    static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
        int perLine = Math.max(4, (int) Math.floor(maxWidth / (fontSize * EM)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > perLine) {
                // a word longer than the box (an id, a URL) is cut, not allowed to overflow
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, perLine - 1) + "-");
                word = word.substring(perLine - 1);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        if (lines.size() <= maxLines) return lines;
        List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
        String last = cut.get(maxLines - 1);
        if (last.length() + 1 > perLine) last = last.substring(0, perLine - 1);
        cut.set(maxLines - 1, last + "…");
        return cut;
    }
}
