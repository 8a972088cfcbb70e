package dev.waymark.render.portfolio;

import dev.waymark.model.Opportunity;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.render.JourneyView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each owner's queue: what a handle owns — journeys (their own `owner`), stages and steps (by
 * effective owner: their own, else the stage's, else the journey's) and opportunities — and,
 * first, what needs it now: stale reviews, missing reviews, overdue opportunities, then reviews
 * falling due soon. Owners by handle; everything else in hierarchy and document order.
 */
public final class Queue {
    public enum Reason {
        STALE_REVIEW("stale-review"), MISSING_REVIEW("missing-review"), UNKNOWN_REVIEW("unknown-review"),
        OVERDUE("overdue-opportunity"), REVIEW_DUE_SOON("review-due-soon");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One thing to act on: a journey's review or an opportunity (then `opportunity` is present); `date` is the due date. */
    public record Attention(Reason reason, String journey, Optional<String> opportunity, String title, Optional<LocalDate> date) {
    }

    public record StageRef(String journey, String stage, String title) {
    }

    public record StepRef(String journey, String stage, String step, String title) {
    }

    public record Owner(String handle, Optional<String> team, List<Attention> queue, List<JourneyView> journeys,
                        List<StageRef> stages, List<StepRef> steps, List<Backlog.Item> opportunities) {
    }

    private static final Comparator<Attention> ORDER = Comparator
            .comparing(Attention::reason)
            .thenComparing(a -> a.date().orElse(LocalDate.MIN))
            .thenComparing(Attention::journey)
            .thenComparing(a -> a.opportunity().orElse(""));

    private Queue() {
    }

    private static final class Builder {
        final List<Attention> queue = new ArrayList<>();
        final List<JourneyView> journeys = new ArrayList<>();
        final List<StageRef> stages = new ArrayList<>();
        final List<StepRef> steps = new ArrayList<>();
        final List<Backlog.Item> opportunities = new ArrayList<>();
    }

    static List<Owner> of(List<JourneyView> views, Backlog backlog, LocalDate asOf) {
        Map<String, Builder> owners = new TreeMap<>();
        for (JourneyView v : views) {
            v.journey().owner().ifPresent(o -> {
                Builder b = owners.computeIfAbsent(o.value(), k -> new Builder());
                b.journeys.add(v);
                review(v).ifPresent(reason -> b.queue.add(new Attention(reason, v.id(), Optional.empty(),
                        v.journey().displayTitle(), v.review().due())));
            });
            for (Stage stage : v.journey().stages()) {
                v.stageOwner(stage).ifPresent(h -> owners.computeIfAbsent(h, k -> new Builder()).stages
                        .add(new StageRef(v.id(), stage.id(), stage.displayTitle())));
                for (Step step : stage.steps()) {
                    v.owner(step).ifPresent(o -> owners.computeIfAbsent(o.value(), k -> new Builder()).steps
                            .add(new StepRef(v.id(), stage.id(), step.id(), step.displayTitle())));
                }
            }
        }
        List<Backlog.Item> all = new ArrayList<>(backlog.open());
        all.addAll(backlog.closed());
        // document order within the owner's list, as the journeys are read
        Map<JourneyView, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < views.size(); i++) position.put(views.get(i), i);
        all.sort(Comparator.comparingInt((Backlog.Item i) -> position.get(i.view()))
                .thenComparingInt(i -> i.view().journey().opportunities().indexOf(i.opportunity())));
        for (Backlog.Item item : all) {
            Opportunity o = item.opportunity();
            if (o.owner().isEmpty()) continue;
            Builder b = owners.computeIfAbsent(o.owner().get().value(), k -> new Builder());
            b.opportunities.add(item);
            if (item.overdue()) b.queue.add(new Attention(Reason.OVERDUE, item.journey(), Optional.of(o.id()), o.displayTitle(), item.due()));
        }
        List<Owner> out = new ArrayList<>();
        for (var e : owners.entrySet()) {
            Builder b = e.getValue();
            b.queue.sort(ORDER);
            out.add(new Owner(e.getKey(), team(views, e.getKey()), List.copyOf(b.queue), List.copyOf(b.journeys),
                    List.copyOf(b.stages), List.copyOf(b.steps), List.copyOf(b.opportunities)));
        }
        return List.copyOf(out);
    }

    private static Optional<Reason> review(JourneyView v) {
        return switch (v.review().status()) {
            case STALE -> Optional.of(Reason.STALE_REVIEW);
            case MISSING -> Optional.of(Reason.MISSING_REVIEW);
            case UNKNOWN -> Optional.of(Reason.UNKNOWN_REVIEW);
            case DUE_SOON -> Optional.of(Reason.REVIEW_DUE_SOON);
            case CURRENT -> Optional.empty();
        };
    }

    /** The team's name when the handle is a declared team. */
    private static Optional<String> team(List<JourneyView> views, String handle) {
        if (views.isEmpty()) return Optional.empty();
        Team t = views.get(0).workspace().teams().get(handle.startsWith("@") ? handle.substring(1) : handle);
        return t == null ? Optional.empty() : Optional.of(t.title().orElse(t.handle()));
    }
}
