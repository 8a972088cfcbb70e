package dev.waymark.render.portfolio;

import dev.waymark.model.Opportunity;
import dev.waymark.model.OpportunityStatus;
import dev.waymark.model.Reference;
import dev.waymark.model.Word;
import dev.waymark.render.JourneyView;
import dev.waymark.resolve.Priority;
import dev.waymark.resolve.Target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One ranked list of the open opportunities of every journey (status not `done` or
 * `dropped`): scored ones first, by score, highest first; then those without a score. Ties
 * go to the higher value, then the smaller effort, then the earlier due date (each missing
 * one last), then journey id and opportunity id. Closed opportunities are listed apart, in
 * hierarchy and document order, without a rank.
 */
public final class Backlog {
    public record Address(String journey, String id, Optional<String> kind, String text) {
    }

    /** `rank` is 1-based; 0 for a closed opportunity. */
    public record Item(int rank, JourneyView view, Opportunity opportunity, Priority priority, Optional<LocalDate> due,
                       boolean overdue, List<Address> addresses) {
        public String journey() {
            return view.id();
        }

        public String id() {
            return opportunity.id();
        }

        public Optional<String> status() {
            return opportunity.status().map(s -> s.value());
        }

        /** The status when it is one Waymark knows; empty when none is written or the word is not a status. */
        public Optional<OpportunityStatus> statusKind() {
            return opportunity.statusWord().flatMap(Word::known);
        }

        public Optional<String> owner() {
            return opportunity.owner().map(o -> o.value());
        }
    }

    private final List<Item> open;
    private final List<Item> closed;

    private Backlog(List<Item> open, List<Item> closed) {
        this.open = open;
        this.closed = closed;
    }

    public List<Item> open() {
        return open;
    }

    public List<Item> closed() {
        return closed;
    }

    static final Comparator<Item> ORDER = Comparator
            .comparing((Item i) -> i.priority().score().isEmpty())
            .thenComparing(i -> -i.priority().score().orElse(0.0))
            .thenComparing(i -> i.priority().value().isEmpty())
            .thenComparing(i -> -i.priority().value().orElse(0.0))
            .thenComparing(i -> i.priority().effortDays().isEmpty())
            .thenComparing(i -> i.priority().effortDays().orElse(0.0))
            .thenComparing(i -> i.due().isEmpty())
            .thenComparing(i -> i.due().orElse(LocalDate.MIN))
            .thenComparing(Item::journey)
            .thenComparing(Item::id);

    static Backlog of(List<JourneyView> views, LocalDate asOf) {
        List<Item> open = new ArrayList<>();
        List<Item> closed = new ArrayList<>();
        for (JourneyView v : views) {
            for (Opportunity o : v.journey().opportunities()) {
                boolean isClosed = o.finished();
                Optional<LocalDate> due = o.due().flatMap(d -> d.date());
                boolean overdue = !isClosed && due.isPresent() && due.get().isBefore(asOf);
                Item item = new Item(0, v, o, Priority.of(o), due, overdue, addresses(v, o));
                (isClosed ? closed : open).add(item);
            }
        }
        open.sort(ORDER);
        List<Item> ranked = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Item it = open.get(i);
            ranked.add(new Item(i + 1, it.view(), it.opportunity(), it.priority(), it.due(), it.overdue(), it.addresses()));
        }
        return new Backlog(List.copyOf(ranked), List.copyOf(closed));
    }

    private static List<Address> addresses(JourneyView v, Opportunity o) {
        List<Address> out = new ArrayList<>();
        for (Reference r : o.addresses()) {
            Target t = v.target(r);
            String journey = t instanceof Target.InJourney in ? in.journey().id() : r.journey().orElse(v.id());
            Optional<String> kind = t instanceof Target.Resolved res ? Optional.of(res.kind().label()) : Optional.empty();
            out.add(new Address(journey, r.id(), kind, v.describe(r)));
        }
        return List.copyOf(out);
    }
}
