package dev.waymark.lsp;

import dev.waymark.model.Declaration;
import dev.waymark.model.Journey;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.syntax.ParseResult;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Folding: every declaration, stage, step, opportunity and metric that spans lines, and block comments. */
final class Folding {
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private Folding() {
    }

    static List<FoldingRange> of(ParseResult parsed) {
        List<FoldingRange> out = new ArrayList<>();
        for (Declaration d : parsed.file().declarations()) {
            add(out, d.span(), null);
            if (d instanceof Journey j) {
                j.metrics().forEach(m -> add(out, m.span(), null));
                for (Stage stage : j.stages()) {
                    add(out, stage.span(), null);
                    for (Step step : stage.steps()) add(out, step.span(), null);
                }
                j.opportunities().forEach(o -> add(out, o.span(), null));
            }
        }
        String text = parsed.source().text();
        Matcher m = BLOCK_COMMENT.matcher(text);
        while (m.find()) {
            int first = lineOf(text, m.start());
            int last = lineOf(text, m.end() - 1);
            if (last > first) out.add(range(first, last, FoldingRangeKind.Comment));
        }
        out.sort(java.util.Comparator.comparingInt(FoldingRange::getStartLine).thenComparingInt(FoldingRange::getEndLine));
        return out;
    }

    private static void add(List<FoldingRange> out, SourceSpan span, String kind) {
        // the closing brace stays visible: fold up to the line before it
        if (span.endLine() - 1 > span.line()) out.add(range(span.line() - 1, span.endLine() - 2, kind));
    }

    private static FoldingRange range(int startLine, int endLine, String kind) {
        FoldingRange r = new FoldingRange(startLine, endLine);
        if (kind != null) r.setKind(kind);
        return r;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
