package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Checker;
import dev.waymark.check.FindingsRule;
import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import dev.waymark.model.*;
import dev.waymark.syntax.ParseResult;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A `// waymark-ignore` that silences nothing: it names no rule or an unknown one, no
 * declaration follows it, or the rule it names finds no problem in that declaration. Stale
 * suppressions hide the next real problem, so they are reported like any other finding.
 * Rules turned off in waymark.yaml, and history rules where history cannot be read, are not
 * judged: their silence proves nothing.
 */
public final class UnusedSuppressionRule implements FindingsRule {
    @Override
    public String id() {
        return RuleId.UNUSED_SUPPRESSION.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "a `waymark-ignore` comment silences nothing (unknown rule, no declaration follows, or the rule does not fire there)";
    }

    @Override
    public void audit(CheckContext context, Rules rules, List<Diagnostic> findings, Consumer<Diagnostic> report) {
        for (ParseResult file : context.workspace().files()) {
            for (Suppression s : file.file().suppressions()) {
                if (s.target().isEmpty()) {
                    report.accept(problem(s.span(), "this `waymark-ignore` is not followed by a declaration, so it silences nothing")
                            .withHelp("put it on the line right above the journey, stage, step, opportunity, persona or team it is about"));
                    continue;
                }
                if (s.rules().isEmpty()) {
                    report.accept(problem(s.span(), "this `waymark-ignore` names no rule, so it silences nothing")
                            .withHelp("name the rules to silence: `// waymark-ignore stale-review -- reason`; `waymark explain` lists them"));
                    continue;
                }
                String target = describe(file.file(), s.target().get());
                for (RuleId id : s.rules()) judge(context, rules, findings, s, id, target, report);
            }
        }
    }

    private void judge(CheckContext context, Rules rules, List<Diagnostic> findings, Suppression s, RuleId id, String target,
                       Consumer<Diagnostic> report) {
        String name = id.id();
        SourceSpan at = nameSpan(context, s, name);
        Optional<Rule> rule = rules.find(id);
        if (rule.isEmpty()) {
            report.accept(problem(at, "there is no rule `" + name + "`, so this suppression silences nothing")
                    .withHelp(DidYouMean.hint(name, rules.ids()).orElse("`waymark explain` lists the rules")));
            return;
        }
        if (id.equals(RuleId.SYNTAX)) {
            report.accept(problem(at, "syntax errors cannot be suppressed: the map cannot be read until the text is fixed")
                    .withHelp("fix the syntax error instead; `waymark explain syntax` shows how"));
            return;
        }
        if (context.policy().severityOf(id, rule.get().defaultSeverity()).isEmpty()) return;
        if (rule.get().needsHistory() && context.history().unavailableReason().isPresent()) return;
        if (findings.stream().anyMatch(d -> d.rule().equals(id) && Checker.silences(s, d))) return;
        report.accept(problem(at, "`" + name + "` finds no problem in " + target + ", so suppressing it there silences nothing")
                .withHelp("remove `" + name + "` from the comment (or the whole comment): a stale suppression would hide the next real problem"));
    }

    /** The rule's name inside the comment, so the caret points at it; the whole comment when it cannot be found. */
    private static SourceSpan nameSpan(CheckContext context, Suppression s, String name) {
        SourceSpan c = s.span();
        Optional<SourceText> text = context.workspace().source(c.file());
        if (text.isEmpty()) return c;
        String line = text.get().line(c.line());
        int from;
        try {
            from = line.offsetByCodePoints(0, c.column() - 1);
        } catch (IndexOutOfBoundsException e) {
            return c;
        }
        Matcher m = Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(name) + "(?![A-Za-z0-9_-])").matcher(line);
        if (!m.find(from)) return c;
        int column = line.codePointCount(0, m.start()) + 1;
        int offset = c.startOffset() < 0 ? -1 : c.startOffset() + (m.start() - from);
        return new SourceSpan(c.file(), c.line(), column, c.line(), column + name.length(), offset, offset < 0 ? -1 : offset + name.length());
    }

    /** "step `pay`": the declaration a suppression applies to, found by its span. */
    private static String describe(JourneyFile file, SourceSpan target) {
        for (Declaration d : file.declarations()) {
            if (d.span().equals(target)) return name(d);
            if (d instanceof Journey j) {
                for (Stage stage : j.stages()) {
                    if (stage.span().equals(target)) return name(stage);
                    for (Step step : stage.steps()) if (step.span().equals(target)) return name(step);
                }
                for (Opportunity o : j.opportunities()) if (o.span().equals(target)) return name(o);
            }
        }
        return "the declaration that follows";
    }

    private static String name(Element e) {
        return e.kind() + " `" + (e instanceof Team t ? t.handle() : e.id()) + "`";
    }
}
