package dev.waymark.render;

import dev.waymark.model.Journey;
import dev.waymark.model.Lane;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One column of the map. Without service-blueprint lanes every step has a column of its own.
 * With them, a column is a customer action together with the frontstage, backstage and support
 * steps that follow it in the same stage (one per lane), as on a service blueprint; a lane step
 * with no customer action before it, or whose lane is taken, opens a column of its own.
 * A stage without steps still gets one (empty) column, so its header shows.
 */
public record MapColumn(Stage stage, int stageIndex, List<Step> steps) {

    public static List<MapColumn> of(Journey journey) {
        boolean blueprint = usesBlueprint(journey);
        List<MapColumn> columns = new ArrayList<>();
        for (int si = 0; si < journey.stages().size(); si++) {
            Stage stage = journey.stages().get(si);
            List<List<Step>> groups = new ArrayList<>();
            for (Step step : stage.steps()) {
                List<Step> current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                boolean join = blueprint && current != null && !step.inLane(Lane.CUSTOMER)
                        && current.stream().noneMatch(s -> s.laneName().equals(step.laneName()));
                if (join) current.add(step);
                else groups.add(new ArrayList<>(List.of(step)));
            }
            if (groups.isEmpty()) groups.add(List.of());
            for (List<Step> g : groups) columns.add(new MapColumn(stage, si, List.copyOf(g)));
        }
        return columns;
    }

    public static boolean usesBlueprint(Journey journey) {
        return journey.steps().anyMatch(s -> !s.inLane(Lane.CUSTOMER));
    }

    public Optional<Step> customer() {
        return steps.stream().filter(s -> s.inLane(Lane.CUSTOMER)).findFirst();
    }

    /** The step that speaks for the column: its customer action, else its first step. */
    public Optional<Step> primary() {
        return customer().or(() -> steps.stream().findFirst());
    }

    public List<Step> inLane(Lane lane) {
        return steps.stream().filter(s -> s.inLane(lane)).toList();
    }
}
