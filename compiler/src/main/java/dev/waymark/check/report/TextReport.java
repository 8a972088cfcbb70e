package dev.waymark.check.report;

import dev.waymark.check.Summary;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The terminal form: `path:line:col: severity[rule] message`, the source line with a caret under
 * the span, `help:` and related notes, and a summary line last. ANSI colour only when asked.
 */
public final class TextReport {
    private static final int WINDOW = 120;

    private final Function<String, Optional<SourceText>> sources;
    private final boolean color;

    public TextReport(Function<String, Optional<SourceText>> sources, boolean color) {
        this.sources = sources;
        this.color = color;
    }

    public String render(List<Diagnostic> diagnostics, Summary summary, boolean quiet) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (quiet && d.severity() != Severity.ERROR) continue;
            diagnostic(out, d);
        }
        out.append(summaryLine(summary)).append('\n');
        return out.toString();
    }

    void diagnostic(StringBuilder out, Diagnostic d) {
        SourceSpan s = d.span();
        out.append(bold(s.file() + ":" + s.line() + ":" + s.column() + ":")).append(' ')
                .append(paint(d.severity(), d.severity().label() + "[" + d.rule() + "]")).append(' ')
                .append(d.message()).append('\n');
        sources.apply(s.file()).ifPresent(src -> snippet(out, src, s));
        d.help().ifPresent(h -> out.append("  ").append(paint(null, "help:")).append(' ').append(h).append('\n'));
        for (Diagnostic.Related r : d.related()) {
            out.append("  note: ").append(r.message()).append(": ")
                    .append(r.span().file()).append(':').append(r.span().line()).append(':').append(r.span().column()).append('\n');
        }
    }

    private void snippet(StringBuilder out, SourceText src, SourceSpan s) {
        if (s.line() > src.lineCount()) return;
        int[] bounds = src.lineBounds(s.line());
        if (bounds[1] - bounds[0] > 8 * WINDOW && s.startOffset() >= bounds[0] && s.startOffset() <= bounds[1]) {
            // a huge line (a generated one-line map): cut the window by character offset, never copy or scan the whole line
            // for each of its diagnostics (500,000 of them made this quadratic)
            longLine(out, src, s, bounds);
            return;
        }
        String line = src.text().substring(bounds[0], bounds[1]);
        int[] cps = line.codePoints().toArray();
        int from = Math.max(0, Math.min(cps.length, s.column() - 1));
        int to = s.endLine() == s.line() ? Math.max(from + 1, Math.min(cps.length, s.endColumn() - 1)) : Math.max(from + 1, cps.length);
        // a very long line is shown as a window around the span
        int start = 0, end = cps.length;
        if (cps.length > WINDOW) {
            start = Math.max(0, from - WINDOW / 3);
            end = Math.min(cps.length, start + WINDOW);
            to = Math.min(to, end);
        }
        print(out, s, cps, start, end, from, to);
    }

    private void longLine(StringBuilder out, SourceText src, SourceSpan s, int[] bounds) {
        String text = src.text();
        int a = Math.max(bounds[0], s.startOffset() - WINDOW / 3);
        if (a > bounds[0] && Character.isLowSurrogate(text.charAt(a))) a--;
        int b = Math.min(bounds[1], a + WINDOW);
        if (b < bounds[1] && Character.isHighSurrogate(text.charAt(b - 1))) b++;
        int[] cps = text.substring(a, b).codePoints().toArray();
        int from = text.codePointCount(a, s.startOffset());
        int spanEnd = s.endOffset() >= s.startOffset() ? Math.min(b, s.endOffset()) : s.startOffset() + 1;
        int to = Math.max(from + 1, Math.min(cps.length, text.codePointCount(a, Math.max(a, Math.min(b, spanEnd)))));
        // the "…" marks of print() show the line goes on at either side
        print(out, s, cps, a > bounds[0] ? -1 : 0, b < bounds[1] ? -2 : cps.length, from, to);
    }

    /** `start` -1: the shown part does not begin the line; `end` -2: it does not end it (the whole of `cps` is shown). */
    private void print(StringBuilder out, SourceSpan s, int[] cps, int start, int end, int from, int to) {
        boolean cutBefore = start != 0;
        boolean cutAfter = end != cps.length;
        if (start < 0) start = 0;
        if (end < 0) end = cps.length;
        String number = String.valueOf(s.line());
        String gutter = " ".repeat(number.length());
        StringBuilder shown = new StringBuilder(cutBefore ? "…" : "");
        StringBuilder marks = new StringBuilder(cutBefore ? " " : "");
        for (int i = start; i < end; i++) {
            int cp = cps[i];
            boolean control = Character.isISOControl(cp) && cp != '\t' || Character.getType(cp) == Character.FORMAT;
            shown.appendCodePoint(control ? '?' : cp);
            if (i < from) marks.append(cp == '\t' ? '\t' : ' ');
            else if (i < to) marks.append('^');
        }
        if (to >= cps.length && from >= cps.length) marks.append('^');
        if (cutAfter) shown.append('…');
        out.append(' ').append(number).append(" | ").append(shown).append('\n');
        out.append(' ').append(gutter).append(" | ").append(paint(Severity.ERROR, marks.toString())).append('\n');
    }

    public static String summaryLine(Summary s) {
        String where = s.files() + (s.files() == 1 ? " file" : " files") + ", " + s.journeys() + (s.journeys() == 1 ? " journey" : " journeys");
        if (s.errors() + s.warnings() + s.infos() == 0) return "no problems found in " + where;
        return count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", " + count(s.infos(), "info") + " in " + where;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private String paint(Severity severity, String text) {
        if (!color) return text;
        String code = severity == null ? "1;36" : switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case INFO -> "1;34";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    private String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }
}
