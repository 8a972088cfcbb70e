package dev.waymark.render.portfolio;

import dev.waymark.model.Pain;
import dev.waymark.model.PainSeverity;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.render.JourneyView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pain heatmap: one row per journey, one cell per stage (every stage, in document order),
 * with the number of pains, how many of each severity, the worst severity and the pains
 * themselves. A pain without `severity` counts as medium, as the map draws it.
 */
public final class Heatmap {
    public record PainRef(String journey, String stage, String step, String stepTitle, Optional<String> id, String text,
                          PainSeverity severity, List<String> addressedBy) {
    }

    public record Cell(String stage, String stageTitle, List<PainRef> pains) {
        public int count() {
            return pains.size();
        }

        public Optional<PainSeverity> worst() {
            return Heatmap.worst(pains);
        }

        /** Pains per severity, low to critical. */
        public Map<PainSeverity, Integer> bySeverity() {
            return Heatmap.bySeverity(pains);
        }
    }

    public record Row(JourneyView view, List<Cell> cells) {
        public int count() {
            return cells.stream().mapToInt(Cell::count).sum();
        }

        public Optional<PainSeverity> worst() {
            return Heatmap.worst(cells.stream().flatMap(c -> c.pains().stream()).toList());
        }
    }

    private Heatmap() {
    }

    static List<Row> of(List<JourneyView> views) {
        List<Row> rows = new ArrayList<>();
        for (JourneyView v : views) {
            List<Cell> cells = new ArrayList<>();
            for (Stage stage : v.journey().stages()) {
                List<PainRef> pains = new ArrayList<>();
                for (Step step : stage.steps()) {
                    for (Pain p : step.pains()) {
                        pains.add(new PainRef(v.id(), stage.id(), step.id(), step.displayTitle(), p.id().map(i -> i.value()), p.text(),
                                p.severityOrMedium(), v.addressedBy(p, step).stream().map(v::idOf).toList()));
                    }
                }
                cells.add(new Cell(stage.id(), stage.displayTitle(), List.copyOf(pains)));
            }
            rows.add(new Row(v, List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }

    static Optional<PainSeverity> worst(List<PainRef> pains) {
        return pains.stream().map(PainRef::severity).max(Comparator.naturalOrder());
    }

    static Map<PainSeverity, Integer> bySeverity(List<PainRef> pains) {
        Map<PainSeverity, Integer> out = new EnumMap<>(PainSeverity.class);
        for (PainSeverity s : PainSeverity.values()) out.put(s, 0);
        for (PainRef p : pains) out.merge(p.severity(), 1, Integer::sum);
        return out;
    }
}
