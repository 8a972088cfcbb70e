package dev.waymark.check.report;

import dev.waymark.check.Summary;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated one-line map with a diagnostic per step: each quotes a window of the line, in time linear in their number. */
class TextReportLongLineTest {
    @Test
    @Timeout(20)
    void fiftyThousandDiagnosticsOnOneHugeLineAreQuotedByAWindow() {
        StringBuilder text = new StringBuilder("journey big { stage s { ");
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            text.append("step ");
            starts.add(text.length());
            text.append('s').append(i).append(' ');
        }
        text.append("} }");
        SourceText src = new SourceText("big.journey", text.toString());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int at = starts.get(i);
            int length = ("s" + i).length();
            diagnostics.add(Diagnostic.of(RuleId.of("missing-emotion"), Severity.WARNING,
                    new SourceSpan("big.journey", 1, at + 1, 1, at + 1 + length, at, at + length), "step `s" + i + "` has no emotion"));
        }
        String out = new TextReport(f -> Optional.of(src), false).render(diagnostics, new Summary(1, 1, 0, diagnostics.size(), 0), false);
        String last = out.substring(out.lastIndexOf("step `s49999`"));
        String[] lines = last.split("\n");
        assertThat(lines[1]).startsWith(" 1 | …").endsWith("} }").contains("step s49999 ");
        int caret = lines[2].indexOf('^');
        assertThat(lines[1].substring(caret, caret + 6)).isEqualTo("s49999");
        assertThat(lines[2].substring(caret).strip()).isEqualTo("^^^^^^");
        assertThat(out.lines().filter(l -> l.startsWith(" 1 | ")).mapToInt(String::length).max().orElseThrow()).isLessThan(130);
    }
}
