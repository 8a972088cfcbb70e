package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;
import dev.waymark.resolve.StepRef;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A value outside its domain: emotion outside -3..+3, importance or performance outside 1..5,
 * a percentage outside 0..100%, an impossible date, a known metric out of its range, `next`
 * shares (with the drop-off) over 100%, an opportunity's value that is not a percentage or an
 * effort of zero, or a word outside a closed vocabulary
 * (touchpoint, lane, state, status, severity).
 */
public final class InvalidValueRule implements Rule {
    @Override
    public String id() {
        return RuleId.INVALID_VALUE.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a value outside its domain (scores, percentages, dates, metric ranges, next shares, vocabularies)";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (var file : context.workspace().files()) {
            for (UnreadableValue u : file.file().unreadable()) {
                report.accept(problem(u.span(), "the " + u.slot().label() + " cannot be read: " + u.problem())
                        .withHelp(u.slot() == UnreadableValue.Slot.REVIEW_CADENCE || u.slot() == UnreadableValue.Slot.EFFORT
                                ? "write a duration of at most 100 years, e.g. 90d, 6w, 3m or 1y"
                                : "write the number with at most " + Measure.MAX_DIGITS + " digits"));
            }
        }
        for (Journey j : context.workspace().allJourneys()) {
            j.reviewed().ifPresent(r -> date(r.date(), "review date", report));
            j.reviewEvery().ifPresent(e -> {
                if (e.value().amount() == 0) report.accept(problem(e.span(), "a review cadence of " + e.value() + " means always stale")
                        .withHelp("use a cadence such as 90d or 3m"));
            });
            j.stateWord().ifPresent(w -> vocabulary(w, "state", report));
            j.metrics().forEach(m -> metric(m, report));
            for (Opportunity o : j.opportunities()) {
                o.due().ifPresent(d -> date(d, "due date", report));
                o.statusWord().ifPresent(w -> vocabulary(w, "status", report));
                o.value().ifPresent(v -> {
                    v.customer().ifPresent(m -> valuePart(m, "customer", report));
                    v.business().ifPresent(m -> valuePart(m, "business", report));
                });
                o.effort().ifPresent(e -> {
                    if (e.value().amount() == 0) report.accept(problem(e.span(), "an effort of " + e.value() + " cannot be weighed against value")
                            .withHelp("estimate the effort, e.g. effort 2w"));
                });
                o.impact().ifPresent(i -> {
                    metricValue(i.metric(), i.from(), report);
                    metricValue(i.metric(), i.to(), report);
                });
            }
        }
        for (StepRef ref : context.workspace().allSteps()) step(ref.step(), report);
    }

    private void step(Step step, Consumer<Diagnostic> report) {
        step.emotion().ifPresent(e -> {
            emotion(e.score(), "emotion", report);
            e.target().ifPresent(t -> emotion(t, "desired emotion", report));
        });
        step.importance().ifPresent(s -> score(s, "importance", report));
        step.performance().ifPresent(s -> score(s, "performance", report));
        step.touchpointWord().ifPresent(w -> vocabulary(w, "touchpoint", report));
        step.laneWord().ifPresent(w -> vocabulary(w, "lane", report));
        for (Pain p : step.pains()) p.severityWord().ifPresent(w -> vocabulary(w, "severity", report));
        step.metrics().forEach(m -> metric(m, report));
        double total = 0;
        boolean any = false;
        for (NextTarget t : step.next()) {
            if (t.share().isPresent()) {
                Measure share = t.share().get();
                percent(share, report);
                total += share.value();
                any = true;
            }
        }
        if (step.dropoff().isPresent()) {
            percent(step.dropoff().get().share(), report);
            total += step.dropoff().get().share().value();
        }
        if (any && total > 100.0 + 1e-9) {
            SourceSpan where = step.next().get(0).span();
            String parts = step.dropoff().isPresent() ? "the `next` shares and the drop-off add up to " : "the `next` shares add up to ";
            report.accept(problem(where, parts + format(total) + "% of customers in step `" + step.id() + "`")
                    .withHelp("shares are the part of customers who go each way; together they can be at most 100%"));
        }
    }

    private void emotion(Measure m, String what, Consumer<Diagnostic> report) {
        if (m.percent() || m.value() < -3 || m.value() > 3) {
            report.accept(problem(m.span(), what + " " + m.text() + " is outside the scale -3..+3")
                    .withHelp("-3 is the worst a customer can feel, 0 neutral, +3 delighted"));
        }
    }

    private void score(Score s, String what, Consumer<Diagnostic> report) {
        s.customer().ifPresent(m -> oneToFive(m, what + " (customer)", report));
        s.internal().ifPresent(m -> oneToFive(m, what + " (internal)", report));
    }

    private void oneToFive(Measure m, String what, Consumer<Diagnostic> report) {
        if (m.percent() || m.value() < 1 || m.value() > 5) {
            report.accept(problem(m.span(), what + " " + m.text() + " is outside 1..5").withHelp("rate it from 1 (low) to 5 (high)"));
        }
    }

    private void percent(Measure m, Consumer<Diagnostic> report) {
        if (m.percent() && (m.value() < 0 || m.value() > 100)) {
            report.accept(problem(m.span(), "the percentage " + m.text() + " is outside 0%..100%"));
        }
    }

    private void valuePart(Measure m, String who, Consumer<Diagnostic> report) {
        if (!m.percent()) {
            report.accept(problem(m.span(), "the " + who + " value " + m.text() + " is not a percentage")
                    .withHelp("write it as a share of the most an opportunity can be worth, e.g. " + who + " " + format(Math.max(0, Math.min(100, m.value()))) + "%"));
        } else {
            percent(m, report);
        }
    }

    private void metric(Metric m, Consumer<Diagnostic> report) {
        metricValue(m.name(), m.value(), report);
        m.target().ifPresent(t -> metricValue(m.name(), t, report));
    }

    /** Known metrics (nps, csat, ces) have fixed ranges; any percentage must lie in 0..100%. */
    private void metricValue(String name, Measure m, Consumer<Diagnostic> report) {
        String n = name.toLowerCase(Locale.ROOT);
        if (m.percent()) {
            if (n.equals("nps") || n.equals("ces")) {
                report.accept(problem(m.span(), n + " is a score, not a percentage: " + m.text())
                        .withHelp(n.equals("nps") ? "NPS runs from -100 to 100" : "CES runs from 1 to 7"));
            } else {
                percent(m, report);
            }
            return;
        }
        Optional<double[]> range = switch (n) {
            case "nps" -> Optional.of(new double[] {-100, 100});
            case "csat" -> Optional.of(new double[] {1, 5});
            case "ces" -> Optional.of(new double[] {1, 7});
            default -> Optional.empty();
        };
        range.ifPresent(r -> {
            if (m.value() < r[0] || m.value() > r[1]) {
                report.accept(problem(m.span(), n + " " + m.text() + " is outside its range " + format(r[0]) + ".." + format(r[1]))
                        .withHelp(n.equals("csat") ? "CSAT is 1..5, or a percentage of satisfied customers" : null));
            }
        });
    }

    private void date(DateValue d, String what, Consumer<Diagnostic> report) {
        if (d.date().isEmpty()) {
            report.accept(problem(d.span(), "the " + what + " " + d.text() + " is not a real calendar date")
                    .withHelp("write an ISO date that exists, e.g. 2026-10-15"));
        }
    }

    /** Only an unknown word is reported, at the word itself. */
    private void vocabulary(Word<?> word, String what, Consumer<Diagnostic> report) {
        if (!(word instanceof Word.Unknown<?> u)) return;
        report.accept(problem(u.span(), "`" + u.raw() + "` is not a " + what)
                .withHelp(DidYouMean.hint(u.raw(), u.allowed()).orElse(what + " is one of: " + String.join(", ", u.allowed()))));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
