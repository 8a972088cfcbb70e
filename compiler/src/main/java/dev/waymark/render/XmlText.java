package dev.waymark.render;

/**
 * User text made fit for XML and for display: characters XML 1.0 forbids (most C0 controls,
 * lone surrogates, U+FFFE/U+FFFF) and the invisible C1 controls are dropped, and so are the bidirectional embedding, override
 * and isolate controls, which could make a title read differently from what it says. Tabs become
 * spaces and CR/CRLF become LF; everything else, markup characters included, is left for the
 * XML writer to escape.
 */
public final class XmlText {
    private XmlText() {
    }

    public static String clean(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i);
            if (replacement == null) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            out.append(replacement);
            if (Character.isHighSurrogate(c) && replacement.length() == 2) i++;
        }
        return out == null ? text : out.toString();
    }

    /** null to keep the char at i as it is, else what to put instead (possibly nothing). */
    private static String replacement(String text, int i) {
        char c = text.charAt(i);
        if (c == '\t') return " ";
        if (c == '\r') return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "" : "\n";
        if (c == '\n') return null;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return "";
        if (c == 0xFFFE || c == 0xFFFF) return "";
        if (isBidiControl(c)) return "";
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return text.substring(i, i + 2);
            }
            return "";
        }
        if (Character.isLowSurrogate(c)) return "";
        return null;
    }

    static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** One line: line breaks become spaces (for a title attribute or a single-line label). */
    public static String oneLine(String text) {
        return clean(text).replace('\n', ' ').strip();
    }
}
