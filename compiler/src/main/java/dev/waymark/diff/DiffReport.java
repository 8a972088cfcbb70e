package dev.waymark.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a diff: every change in reading order (journeys by id, each grouped as its
 * new map reads; then personas and teams), the date review status was judged on, and the
 * outline of every journey of either side (by id) for pictures of the change.
 */
public record DiffReport(List<Change> changes, LocalDate asOf, List<MapOutline> maps) {

    public DiffReport {
        changes = List.copyOf(changes);
        maps = List.copyOf(maps);
    }

    /** The outline of a journey of either side (the new one when both have it). */
    public Optional<MapOutline> map(String journey) {
        return maps.stream().filter(m -> m.journey().equals(journey)).findFirst();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public long count(Level level) {
        return changes.stream().filter(c -> c.level() == level).count();
    }

    /** True when a change is at or above {@code level}: `--fail-on`. */
    public boolean failsAt(Level level) {
        return changes.stream().anyMatch(c -> c.level().atLeast(level));
    }

    /** The changes per journey, in report order; personas and teams last, under an empty journey. */
    public List<Group> groups() {
        Map<Optional<String>, List<Change>> byJourney = new LinkedHashMap<>();
        for (Change c : changes) byJourney.computeIfAbsent(c.journey(), k -> new ArrayList<>()).add(c);
        List<Group> groups = new ArrayList<>();
        byJourney.forEach((journey, list) -> groups.add(new Group(journey, journey.flatMap(this::map).map(MapOutline::title), list)));
        return groups;
    }

    /** One journey's changes (or the workspace's, when {@code journey} is empty). */
    public record Group(Optional<String> journey, Optional<String> title, List<Change> changes) {
        public Group {
            changes = List.copyOf(changes);
        }

        public long count(Level level) {
            return changes.stream().filter(c -> c.level() == level).count();
        }
    }
}
