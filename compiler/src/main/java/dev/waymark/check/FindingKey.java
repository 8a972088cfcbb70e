package dev.waymark.check;

import dev.waymark.model.Declaration;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Element;
import dev.waymark.model.Journey;
import dev.waymark.model.Opportunity;
import dev.waymark.model.RuleId;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity of a finding that survives edits elsewhere in its file: the rule, the file and
 * the innermost element it sits in (`journey:checkout/stage:buy/step:pay`), plus which of the
 * rule's findings on that element it is. Line numbers are left out on purpose, so SARIF
 * fingerprints, GitLab fingerprints and baselines keep matching when lines move.
 * A finding outside every element (a syntax error between declarations) is keyed by its message.
 */
public record FindingKey(RuleId rule, String file, String element, int occurrence) {

    /** The keys of these diagnostics, in the same order. */
    public static List<FindingKey> of(Workspace workspace, List<Diagnostic> diagnostics) {
        Map<String, List<Declaration>> byFile = new HashMap<>();
        for (ParseResult f : workspace.files()) byFile.put(f.source().path(), f.file().declarations());
        Map<String, Integer> seen = new HashMap<>();
        List<FindingKey> keys = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            String element = element(byFile.getOrDefault(d.span().file(), List.of()), d.span());
            if (element.isEmpty()) element = "text:" + d.message();
            String base = d.rule() + "\u0000" + d.span().file() + "\u0000" + element;
            keys.add(new FindingKey(d.rule(), d.span().file(), element, seen.merge(base, 1, Integer::sum)));
        }
        return keys;
    }

    /** The path of ids to the innermost element holding this span; empty when none does. */
    public static String element(List<Declaration> declarations, SourceSpan span) {
        for (Declaration d : declarations) {
            if (!holds(d, span)) continue;
            StringBuilder path = new StringBuilder(part(d));
            if (d instanceof Journey j) {
                for (Stage s : j.stages()) {
                    if (!holds(s, span)) continue;
                    path.append('/').append(part(s));
                    for (Step st : s.steps()) if (holds(st, span)) path.append('/').append(part(st));
                }
                for (Opportunity o : j.opportunities()) if (holds(o, span)) path.append('/').append(part(o));
            }
            return path.toString();
        }
        return "";
    }

    private static boolean holds(Element e, SourceSpan span) {
        return e.span() != null && e.span().contains(span);
    }

    private static String part(Element e) {
        return e.kind() + ":" + e.id();
    }
}
