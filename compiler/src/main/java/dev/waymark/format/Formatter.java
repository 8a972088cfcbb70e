package dev.waymark.format;

import dev.waymark.model.SourceText;
import dev.waymark.syntax.Layout;
import dev.waymark.syntax.LayoutToken;
import dev.waymark.syntax.LayoutToken.Kind;

import java.util.List;
import java.util.Optional;

/**
 * The canonical layout of a `.journey` file: two-space indentation, one property per line,
 * one blank line between top-level declarations, at most one blank line kept elsewhere,
 * single spaces between words, comments kept where they were (own line or end of line).
 * Strings and text blocks are printed exactly as written. Formatting is idempotent.
 */
public final class Formatter {
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private Kind previous;
    private boolean lineOpen;
    private boolean mustBreak;

    private Formatter() {
    }

    /** The formatted text, or empty when the file has syntax errors (report them; do not reformat). */
    public static Optional<String> format(SourceText source) {
        return Layout.of(source).map(Formatter::print);
    }

    static String print(List<LayoutToken> tokens) {
        Formatter f = new Formatter();
        for (LayoutToken t : tokens) f.token(t);
        if (f.out.length() > 0 && f.out.charAt(f.out.length() - 1) != '\n') f.out.append('\n');
        return f.out.toString();
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
            out.append('\n');
            out.append("\n".repeat(blank));
        }
        out.append(INDENT.repeat(Math.max(0, depth)));
        lineOpen = true;
    }
}
