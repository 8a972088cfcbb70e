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
 * title of each journey (from the new side, or the old one for a removed journey).
 */
public record DiffReport(List<Change> changes, LocalDate asOf, Map<String, String> journeyTitles) {

    public DiffReport {
        changes = List.copyOf(changes);
        journeyTitles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(journeyTitles));
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
        byJourney.forEach((journey, list) -> groups.add(new Group(journey, journey.map(journeyTitles::get), list)));
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
