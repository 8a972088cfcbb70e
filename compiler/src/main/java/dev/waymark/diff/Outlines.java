package dev.waymark.diff;

import dev.waymark.model.Journey;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link MapOutline}s: the new journey, with each removed stage after the last old
 * stage before it that survives, and each removed step after the last surviving old step
 * before it in the same stage. Steps that moved are shown where they are now.
 */
final class Outlines {
    private Outlines() {
    }

    /** A journey that only one side has: everything as it is, flagged removed when it is the old side. */
    static MapOutline whole(Journey journey, boolean removed) {
        List<MapOutline.Stage> stages = new ArrayList<>();
        for (Stage s : journey.stages()) {
            List<MapOutline.Step> steps = s.steps().stream().map(st -> new MapOutline.Step(st.id(), st.title(), removed)).toList();
            stages.add(new MapOutline.Stage(s.id(), s.title(), removed, steps));
        }
        return new MapOutline(journey.id(), journey.displayTitle(), removed, stages);
    }

    /** {@code stageIds} and {@code stepIds} map old ids to new ones (renames included). */
    static MapOutline merged(Journey old, Journey now, Map<String, String> stageIds, Map<String, String> stepIds) {
        List<MapOutline.Stage> stages = new ArrayList<>();
        for (Stage s : now.stages()) {
            Stage before = old.stages().stream().filter(o -> s.id().equals(stageIds.get(o.id()))).findFirst().orElse(null);
            stages.add(new MapOutline.Stage(s.id(), s.title(), false, steps(before, s, stepIds)));
        }
        int anchor = -1;
        for (Stage o : old.stages()) {
            String mapped = stageIds.get(o.id());
            if (mapped != null) {
                anchor = indexOf(stages, mapped);
                continue;
            }
            List<MapOutline.Step> gone = o.steps().stream().filter(st -> !stepIds.containsKey(st.id()))
                    .map(st -> new MapOutline.Step(st.id(), st.title(), true)).toList();
            stages.add(++anchor, new MapOutline.Stage(o.id(), o.title(), true, gone));
        }
        return new MapOutline(now.id(), now.displayTitle(), false, stages);
    }

    private static List<MapOutline.Step> steps(Stage before, Stage now, Map<String, String> stepIds) {
        List<MapOutline.Step> steps = new ArrayList<>();
        now.steps().forEach(st -> steps.add(new MapOutline.Step(st.id(), st.title(), false)));
        if (before == null) return steps;
        int anchor = -1;
        for (Step o : before.steps()) {
            String mapped = stepIds.get(o.id());
            if (mapped != null) {
                int at = indexOfStep(steps, mapped);
                if (at >= 0) anchor = at;
                continue;
            }
            steps.add(++anchor, new MapOutline.Step(o.id(), o.title(), true));
        }
        return steps;
    }

    private static int indexOf(List<MapOutline.Stage> stages, String id) {
        for (int i = 0; i < stages.size(); i++) if (!stages.get(i).removed() && stages.get(i).id().equals(id)) return i;
        return -1;
    }

    private static int indexOfStep(List<MapOutline.Step> steps, String id) {
        for (int i = 0; i < steps.size(); i++) if (!steps.get(i).removed() && steps.get(i).id().equals(id)) return i;
        return -1;
    }
}
