package dev.waymark.format;

import dev.waymark.model.SourceText;
import dev.waymark.syntax.Layout;
import dev.waymark.syntax.LayoutToken;
import dev.waymark.syntax.LayoutToken.Kind;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The canonical layout of a `.journey` file: two-space indentation, one property per line,
 * one blank line between top-level declarations, at most one blank line kept elsewhere,
 * single spaces between words, comments kept where they were (own line or end of line).
 * Strings, text blocks and comments are printed exactly as written; the file keeps its line
 * break ("\r\n" stays "\r\n") and its byte order mark. Formatting is idempotent.
 */
public final class Formatter {
    private static final String INDENT = "  ";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder out = new StringBuilder();
    private final String newline;
    private int depth;
    private Kind previous;
    private boolean lineOpen;
    private boolean mustBreak;

    private Formatter(String newline) {
        this.newline = newline;
    }

    /** The formatted text, or empty when the file has syntax errors (report them; do not reformat). */
    public static Optional<String> format(SourceText source) {
        return Layout.of(source).map(Formatter::print);
    }

    /**
     * The formatted bytes of a file, or empty when `check` would report a syntax error in it: the
     * bytes are decoded by the same strict decoder (not UTF-8, binary, too large), so a byte that
     * cannot be read is never replaced.
     */
    public static Optional<byte[]> format(String path, byte[] bytes) {
        ParseResult parsed = SourceParser.parse(path, bytes);
        if (parsed.hasErrors()) return Optional.empty();
        return format(parsed.source()).map(text -> {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            if (!startsWithBom(bytes)) return body;
            byte[] withBom = Arrays.copyOf(BOM, BOM.length + body.length);
            System.arraycopy(body, 0, withBom, BOM.length, body.length);
            return withBom;
        });
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && Arrays.equals(bytes, 0, BOM.length, BOM, 0, BOM.length);
    }

    static String print(Layout.Tokens tokens) {
        Formatter f = new Formatter(tokens.newline());
        for (LayoutToken t : tokens.tokens()) f.token(t);
        if (f.out.length() > 0 && !f.endsWithBreak()) f.out.append(f.newline);
        return f.out.toString();
    }

    private boolean endsWithBreak() {
        char last = out.charAt(out.length() - 1);
        return last == '\n' || last == '\r';
    }

    private void token(LayoutToken t) {
        if (t.kind() == Kind.CLOSE) {
            depth--;
            if (previous == Kind.OPEN) {
                out.append(" }");
            } else {
                newLine(0);
                out.append('}');
            }
            previous = Kind.CLOSE;
            mustBreak = false;
            return;
        }
        boolean startsLine = out.length() == 0 || mustBreak || t.startsItem() || previous == Kind.OPEN
                || (t.isComment() && !t.sameLineAsPrevious());
        if (startsLine) {
            newLine(blankLines(t));
        } else {
            out.append(spaceBefore(t) ? " " : "");
        }
        out.append(t.text());
        if (t.kind() == Kind.OPEN) depth++;
        mustBreak = t.kind() == Kind.LINE_COMMENT;
        previous = t.kind();
    }

    private int blankLines(LayoutToken t) {
        if (out.length() == 0 || previous == Kind.OPEN) return 0;
        // declarations at the top level are always set apart
        if (depth == 0 && previous == Kind.CLOSE) return 1;
        return Math.min(1, t.blankLinesBefore());
    }

    private boolean spaceBefore(LayoutToken t) {
        if (t.kind() == Kind.COMMA || t.kind() == Kind.DOT || t.kind() == Kind.DOTDOT) return false;
        return previous != Kind.DOT && previous != Kind.DOTDOT;
    }

    private void newLine(int blank) {
        if (lineOpen || out.length() > 0) {
            out.append(newline);
            out.append(newline.repeat(blank));
        }
        out.append(INDENT.repeat(Math.max(0, depth)));
        lineOpen = true;
    }
}
