package dev.waymark.render;

import dev.waymark.model.Journey;
import dev.waymark.model.Lane;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Reference;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.Owner;
import dev.waymark.resolve.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.waymark.render.MapLayout.GAP;

/**
 * The grid, top to bottom: the stage headers, customer actions, emotion, thoughts, pains,
 * moments of truth, the service-blueprint lanes under their lines, metrics, opportunities and
 * owners, over shaded bands for alternate stages. A lane with nothing in it is left out.
 */
final class MapLanes {
    private static final Lane[] BLUEPRINT_LANES = {Lane.FRONTSTAGE, Lane.BACKSTAGE, Lane.SUPPORT};
    private static final String[] BLUEPRINT_NAMES = {"Frontstage", "Backstage", "Support processes"};
    // the line above each layer: interaction (customer | frontstage), visibility (| backstage),
    // internal interaction (| support); a missing layer's line joins the next one's
    private static final String[] BLUEPRINT_LINES = {"line of interaction", "line of visibility", "line of internal interaction"};

    private final MapLayout m;
    private final Journey journey;
    private final List<MapColumn> columns;
    private final MapCards cards;

    private MapLanes(MapLayout m) {
        this.m = m;
        this.journey = m.journey;
        this.columns = m.columns;
        this.cards = new MapCards(m.view);
    }

    static void layout(MapLayout m) {
        new MapLanes(m).layout();
    }

    private void layout() {
        double gridTop = m.y;
        stageRow();
        m.lane("actions", "Customer actions", null, m.perColumn(c -> c.customer().map(s -> List.of(cards.step(s))).orElse(List.of())), true);
        EmotionLane.layout(m);
        m.lane("thoughts", "Thoughts", m.perColumn(cards::thoughts));
        m.lane("pains", "Pain points", m.perColumn(cards::pains));
        m.lane("moments", "Moments of truth", m.perColumn(cards::moments));
        blueprint();
        m.lane("metrics", "Metrics", m.perColumn(cards::metrics));
        m.lane("opportunities", "Opportunities", opportunityCells());
        ownerRow();
        double gridBottom = m.y;
        m.drawFirst(g -> stageBands(g, gridTop, gridBottom));
    }

    private void stageBands(SvgDraw g, double top, double bottom) {
        int i = 0;
        while (i < columns.size()) {
            int first = i;
            Stage stage = columns.get(i).stage();
            while (i < columns.size() && columns.get(i).stage() == stage) i++;
            if (columns.get(first).stageIndex() % 2 == 0) {
                g.rect(m.colX(first) - GAP / 2, top, m.spanWidth(first, i - 1) + GAP, bottom - top, 0, Palette.BAND, null);
            }
        }
    }

    private void stageRow() {
        List<Card> row = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            int first = i;
            MapColumn col = columns.get(i);
            Stage stage = col.stage();
            while (i < columns.size() && columns.get(i).stage() == stage) i++;
            Card c = new Card("wm-stage", "stage-" + stage.id(), m.spanWidth(first, i - 1)).fill(Palette.BLUE).stroke("none")
                    .label("Stage " + (col.stageIndex() + 1) + ": " + XmlText.oneLine(stage.displayTitle()));
            c.addText((col.stageIndex() + 1) + "  " + stage.displayTitle(), MapStyles.STAGE_TITLE);
            stage.goal().ifPresent(goal -> c.addText("Goal: " + goal, MapStyles.STAGE_GOAL));
            stage.owner().ifPresent(o -> c.addText("Owner " + o.value(), MapStyles.STAGE_NOTE));
            stage.description().ifPresent(d -> c.addText(d, MapStyles.STAGE_NOTE));
            row.add(c);
            xs.add(m.colX(first));
        }
        m.spanRow("stages", "Stages", row, xs, false);
    }

    private void blueprint() {
        if (!MapColumn.usesBlueprint(journey)) return;
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < BLUEPRINT_LANES.length; i++) {
            Lane lane = BLUEPRINT_LANES[i];
            pending.add(BLUEPRINT_LINES[i]);
            List<List<Card>> cells = m.perColumn(c -> c.inLane(lane).stream().map(cards::step).toList());
            if (cells.stream().allMatch(List::isEmpty)) continue;
            String label = String.join(" and ", pending);
            label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
            pending.clear();
            m.lane("blueprint-" + lane.word(), BLUEPRINT_NAMES[i], label, cells, true);
        }
    }

    /** Each opportunity in the column of the first thing it addresses on this map, else the first column. */
    private List<List<Card>> opportunityCells() {
        List<List<Card>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) cells.add(new ArrayList<>());
        for (Opportunity o : journey.opportunities()) {
            int col = 0;
            for (Reference r : o.addresses()) {
                int c = columnOf(r);
                if (c >= 0) {
                    col = c;
                    break;
                }
            }
            if (!cells.isEmpty()) cells.get(col).add(cards.opportunity(o));
        }
        return cells;
    }

    /** The column of what the reference is bound to, when that is on this map. */
    private int columnOf(Reference r) {
        Target t = m.view.target(r);
        Stage stage;
        Step step;
        if (t instanceof Target.StageTarget s) {
            stage = s.stage();
            step = null;
        } else if (t instanceof Target.StepTarget s) {
            stage = s.stage();
            step = s.step();
        } else if (t instanceof Target.PainTarget p) {
            stage = p.stage();
            step = p.step();
        } else {
            return -1;
        }
        for (int i = 0; i < columns.size(); i++) {
            MapColumn c = columns.get(i);
            if (c.stage() == stage && (step == null || c.steps().contains(step))) return i;
        }
        return -1;
    }

    /** Owners: one box over each run of columns with the same effective owner. */
    private void ownerRow() {
        JourneyView view = m.view;
        List<String> owners = new ArrayList<>();
        for (MapColumn c : columns) {
            owners.add(c.primary().flatMap(view::owner).map(Owner::value)
                    .or(() -> c.steps().isEmpty() ? view.stageOwner(c.stage()) : Optional.empty()).orElse(""));
        }
        if (columns.isEmpty()) return;
        List<Card> row = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        int i = 0;
        while (i < owners.size()) {
            int first = i;
            String owner = owners.get(i);
            while (i < owners.size() && owners.get(i).equals(owner)) i++;
            Card c = new Card("wm-owner", null, m.spanWidth(first, i - 1)).fill(owner.isEmpty() ? Palette.VERMILLION_TINT : Palette.CHIP)
                    .stroke(owner.isEmpty() ? Palette.VERMILLION : Palette.OWNER_STROKE);
            if (owner.isEmpty()) {
                c.addText("No owner", MapStyles.NO_OWNER);
            } else {
                c.addText(owner, TextStyle.STRONG);
                view.teamName(owner).ifPresent(n -> c.addText(n, TextStyle.SMALL));
            }
            row.add(c);
            xs.add(m.colX(first));
        }
        m.spanRow("owners", "Owners", row, xs, true);
    }
}
