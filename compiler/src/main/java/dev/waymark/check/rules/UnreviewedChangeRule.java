package dev.waymark.check.rules;

import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.Review;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A journey whose content changed in commits made after its `reviewed` date (uncommitted
 * edits included). Lines that only restate the review (`reviewed ...`, `review every ...`)
 * do not count: updating them is how a review is recorded, and neither does the commit that
 * adds the map. When history cannot be read the rule says so once and judges nothing, since a
 * guess would be wrong either way; outside any git repository it is silent unless waymark.yaml
 * names it under `rules:` (a folder of maps without git is a normal way to start).
 */
public final class UnreviewedChangeRule implements Rule {
    @Override
    public String id() {
        return RuleId.UNREVIEWED_CHANGE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public boolean needsHistory() {
        return true;
    }

    @Override
    public String summary() {
        return "git history shows content changes after the last review date";
    }

    private record Reviewed(Journey journey, Review review, LocalDate date) {
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        ChangeHistory history = context.history();
        if (history == ChangeHistory.NONE) return; // the caller asked for no history (library use without git)
        List<Reviewed> reviewed = new ArrayList<>();
        for (Journey j : context.workspace().allJourneys()) {
            j.reviewed().ifPresent(r -> r.date().date().ifPresent(d -> reviewed.add(new Reviewed(j, r, d))));
        }
        if (reviewed.isEmpty()) return;
        reviewed.sort(Comparator.comparing((Reviewed r) -> r.journey().span().file()).thenComparingInt(r -> r.journey().span().line()));
        if (history.unavailableReason().isPresent()) {
            if (history.outsideVersionControl() && !context.policy().rules().containsKey(ruleId())) return;
            Reviewed first = reviewed.get(0);
            report.accept(problem(first.review().span(), "changes since the review dates were not checked: "
                    + history.unavailableReason().get())
                    .withHelp("this is said once for all journeys; the other checks ran as usual"));
            return;
        }
        for (Reviewed r : reviewed) check(r, history, report);
    }

    private void check(Reviewed r, ChangeHistory history, Consumer<Diagnostic> report) {
        Journey journey = r.journey();
        Set<Integer> reviewLines = new HashSet<>();
        lines(r.review().span(), reviewLines);
        journey.reviewEvery().ifPresent(e -> lines(e.span(), reviewLines));
        List<ChangeHistory.Change> content = history.changesAfter(journey.span().file(), r.date()).stream()
                .filter(c -> c.lines().stream().anyMatch(l -> l >= journey.span().line() && l <= journey.span().endLine()
                        && !reviewLines.contains(l)))
                .toList();
        if (content.isEmpty()) return;
        ChangeHistory.Change latest = content.stream().max(Comparator.comparing(ChangeHistory.Change::date)).orElseThrow();
        String count = content.size() == 1 ? "1 change" : content.size() + " changes";
        report.accept(problem(r.review().span(), "journey `" + journey.id() + "` changed after its review on " + r.date()
                + ": " + count + " since, latest " + describe(latest))
                .withHelp("review the map and update its `reviewed` date; to see what changed: git log --since="
                        + r.date().plusDays(1) + " -p -- " + journey.span().file()));
    }

    private static String describe(ChangeHistory.Change c) {
        if (c.author().isEmpty()) return c.summary() + " (" + c.date() + ")";
        return c.commit() + " on " + c.date() + " by " + c.author() + " \"" + c.summary() + "\"";
    }

    private static void lines(SourceSpan span, Set<Integer> into) {
        for (int l = span.line(); l <= span.endLine(); l++) into.add(l);
    }
}
