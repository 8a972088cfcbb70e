package dev.waymark.syntax;

import dev.waymark.model.SourceText;
import org.antlr.v4.runtime.Token;

/** The exact edit, shown as the corrected line: `write \`owner @cx\``. */
final class Fix {
    private Fix() {
    }

    /** The line holding the token, with the token replaced, trimmed. */
    static String line(SourceText source, Token t, String replacement) {
        return line(source, t.getStartIndex(), t.getStopIndex() + 1, replacement);
    }

    /** The line holding offset `from`, with the characters from..to replaced, trimmed. */
    static String line(SourceText source, int from, int to, String replacement) {
        String text = source.text();
        from = Math.max(0, Math.min(from, text.length()));
        to = Math.max(from, Math.min(to, text.length()));
        int start = from;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') start--;
        int end = to;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
        String fixed = (text.substring(start, from) + replacement + text.substring(to, end)).strip();
        return fixed.length() > 100 ? fixed.substring(0, 99) + "…" : fixed;
    }
}
