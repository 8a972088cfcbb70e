package dev.waymark.diff;

import dev.waymark.config.Policy;
import dev.waymark.model.Journey;
import dev.waymark.model.Persona;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The semantic diff of two workspaces: journeys (sorted by id), then personas and teams.
 * Elements are matched by id, a changed title is one change; an element that disappears
 * while one with the same content appears under a new id is a rename ({@link RenamePairs}).
 * Review status is judged on both sides with the same policy and "as of" date, so a review
 * becomes stale only through the change itself, not through the passing of time.
 */
public final class WorkspaceDiff {
    private WorkspaceDiff() {
    }

    public static DiffReport compare(Workspace before, Workspace after, Policy policy, LocalDate asOf) {
        Changes out = new Changes();
        List<MapOutline> maps = new ArrayList<>();
        journeys(before, after, policy, asOf, out, maps);
        declarations(ElementKind.PERSONA, new TreeMap<>(before.personas()), new TreeMap<>(after.personas()),
                ElementFields::persona, Persona::title, out);
        declarations(ElementKind.TEAM, new TreeMap<>(before.teams()), new TreeMap<>(after.teams()),
                ElementFields::team, Team::title, out);
        return new DiffReport(out.list(), asOf, maps);
    }

    private static void journeys(Workspace before, Workspace after, Policy policy, LocalDate asOf, Changes out,
                                 List<MapOutline> maps) {
        Map<String, Journey> oldJourneys = new TreeMap<>(before.journeys());
        Map<String, Journey> newJourneys = new TreeMap<>(after.journeys());
        Map<String, String> ids = new LinkedHashMap<>();
        RenamePairs.match(oldJourneys, newJourneys, ids, WorkspaceDiff::journeyContent, Journey::title);
        TreeSet<String> all = new TreeSet<>(newJourneys.keySet());
        oldJourneys.keySet().stream().filter(id -> !ids.containsKey(id)).forEach(all::add);
        for (String id : all) {
            Journey now = newJourneys.get(id);
            if (now == null) {
                Journey gone = oldJourneys.get(id);
                out.add(Subject.of(id, ElementKind.JOURNEY, id, gone.title(), Optional.empty()), ChangeKind.REMOVED);
                maps.add(Outlines.whole(gone, true));
                continue;
            }
            Subject s = Subject.of(id, ElementKind.JOURNEY, id, now.title(), Optional.empty());
            Optional<String> oldId = RenamePairs.oldIdOf(ids, id);
            if (oldId.isEmpty()) {
                out.add(s, ChangeKind.ADDED);
                maps.add(Outlines.whole(now, false));
                continue;
            }
            if (!oldId.get().equals(id)) out.add(s, ChangeKind.RENAMED, "id", oldId, Optional.of(id));
            JourneyDiff diff = new JourneyDiff(before, oldJourneys.get(oldId.get()), after, now, out);
            diff.run(policy, asOf);
            maps.add(diff.outline());
        }
    }

    private static <T> void declarations(ElementKind kind, Map<String, T> before, Map<String, T> after,
                                         Function<T, FieldSet> fields, Function<T, Optional<String>> title,
                                         Changes out) {
        Map<String, String> ids = new LinkedHashMap<>();
        RenamePairs.match(before, after, ids, fields::apply, title);
        TreeSet<String> all = new TreeSet<>(after.keySet());
        before.keySet().stream().filter(id -> !ids.containsKey(id)).forEach(all::add);
        for (String id : all) {
            T now = after.get(id);
            if (now == null) {
                out.add(new Subject(Optional.empty(), kind, id, title.apply(before.get(id)), Optional.empty()), ChangeKind.REMOVED);
                continue;
            }
            Subject s = new Subject(Optional.empty(), kind, id, title.apply(now), Optional.empty());
            Optional<String> oldId = RenamePairs.oldIdOf(ids, id);
            if (oldId.isEmpty()) {
                out.add(s, ChangeKind.ADDED);
                continue;
            }
            if (!oldId.get().equals(id)) out.add(s, ChangeKind.RENAMED, "id", oldId, Optional.of(id));
            fields.apply(now).diff(fields.apply(before.get(oldId.get())), s, out);
        }
    }

    /** A journey's content for rename pairing: its fields and the ids of its stages, steps and opportunities. */
    private static Object journeyContent(Journey j) {
        return List.of(ElementFields.journey(j), j.stages().stream().map(Stage::id).toList(),
                j.steps().map(Step::id).toList(), j.opportunities().stream().map(o -> o.id()).toList());
    }
}
