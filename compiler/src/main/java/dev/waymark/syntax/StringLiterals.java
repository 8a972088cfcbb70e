package dev.waymark.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The value of a string literal: `"..."` with escapes (\" \\ \n \t \\u{1F600}), and `"""..."""`
 * taken as written (no escapes) with the common leading indentation removed.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** @param badEscape told the offset (in the literal) and text of each escape it does not know */
    static String quoted(String literal, Consumer<String> badEscape) {
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int close = body.indexOf('}', i);
                    if (i + 1 < body.length() && body.charAt(i + 1) == '{' && close > i + 2) {
                        String hex = body.substring(i + 2, close);
                        try {
                            int cp = Integer.parseInt(hex, 16);
                            if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) throw new NumberFormatException();
                            sb.appendCodePoint(cp);
                        } catch (NumberFormatException ex) {
                            badEscape.accept("\\u{" + hex + "} is not a Unicode character");
                        }
                        i = close;
                    } else {
                        badEscape.accept("write a Unicode escape as \\u{1F600}");
                    }
                }
                default -> badEscape.accept("unknown escape `\\" + e + "`; use \\\" \\\\ \\n \\t or \\u{...}");
            }
        }
        return sb.toString();
    }

    static String block(String literal) {
        boolean closed = literal.length() >= 6 && literal.endsWith("\"\"\"");
        String body = literal.substring(3, closed ? literal.length() - 3 : literal.length());
        List<String> lines = new ArrayList<>(List.of(body.replace("\r\n", "\n").split("\n", -1)));
        if (lines.size() > 1 && lines.get(0).isBlank()) lines.remove(0);
        if (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.isBlank()) continue;
            int n = 0;
            while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
            indent = Math.min(indent, n);
        }
        if (indent == Integer.MAX_VALUE) indent = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) sb.append('\n');
            sb.append(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return sb.toString();
    }
}
