package dev.waymark.render;

import dev.waymark.model.Journey;
import dev.waymark.model.Lane;
import dev.waymark.model.Located;
import dev.waymark.model.Metric;
import dev.waymark.model.Opportunity;
import dev.waymark.model.OpportunityStatus;
import dev.waymark.model.Pain;
import dev.waymark.model.PainSeverity;
import dev.waymark.model.Reference;
import dev.waymark.model.Step;
import dev.waymark.model.Word;
import dev.waymark.resolve.FlowEdge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.waymark.render.MapLayout.COL;

/**
 * The cards in the grid's cells: a step, a thought, a pain, a moment of truth, a metric and an
 * opportunity, each as wide as a column and as tall as what it says.
 */
final class MapCards {
    private static final Map<OpportunityStatus, String> STATUS_ICONS = new EnumMap<>(Map.of(
            OpportunityStatus.IDEA, "○", OpportunityStatus.PLANNED, "◔", OpportunityStatus.IN_PROGRESS, "◑",
            OpportunityStatus.DONE, "●", OpportunityStatus.DROPPED, "✕"));

    private final JourneyView view;
    private final Journey journey;

    MapCards(JourneyView view) {
        this.view = view;
        this.journey = view.journey();
    }

    Card step(Step step) {
        boolean star = !step.momentsOfTruth().isEmpty();
        Card c = new Card("wm-step wm-lane-" + step.laneName(), "step-" + step.id(), COL)
                .label("Step: " + XmlText.oneLine(step.displayTitle()));
        if (step.inLane(Lane.BACKSTAGE)) c.dashed().fill(Palette.BACKSTAGE);
        else if (step.inLane(Lane.SUPPORT)) c.dashed().fill(Palette.SUPPORT).stroke(Palette.SUPPORT_STROKE);
        TextStyle titleStyle = TextStyle.STRONG;
        if (star) {
            c.add(new StarTitle(Piece.Text.of(step.displayTitle(), titleStyle, c.inner() - 20), c.inner()));
        } else {
            c.addText(step.displayTitle(), titleStyle);
        }
        List<String> meta = new ArrayList<>();
        step.channel().ifPresent(meta::add);
        step.touchpoint().ifPresent(t -> meta.add(t.value() + " touchpoint"));
        if (!meta.isEmpty()) c.addText(String.join(" · ", meta), TextStyle.SMALL);
        if (!step.personas().isEmpty()) {
            c.addText("Actors: " + view.personas(step).stream().map(JourneyView.PersonaRef::name).collect(Collectors.joining(", ")), TextStyle.SMALL);
        }
        if (!step.inLane(Lane.CUSTOMER)) {
            view.owner(step).ifPresent(o -> c.addText("Owner " + o.value(), TextStyle.SMALL));
        }
        step.description().ifPresent(d -> c.addText(d, MapStyles.SMALL_SOFT));
        if (!step.next().isEmpty()) {
            for (FlowEdge e : view.flowFrom(step)) {
                String target = e.toJourney().equals(journey.id())
                        ? view.step(e.toStep()).map(Step::displayTitle).orElse(e.toStep())
                        : view.workspace().index(e.toJourney()).flatMap(i -> i.step(e.toStep()))
                                .map(st -> st.displayTitle() + " (" + view.workspace().journeys().get(e.toJourney()).displayTitle() + ")")
                                .orElse(e.toJourney() + "." + e.toStep());
                c.addText("→ " + e.share().map(s -> s.text() + " ").orElse("") + target, TextStyle.SMALL);
            }
            if (step.next().stream().anyMatch(n -> n.isEnd())) c.addText("■ Journey ends here", TextStyle.SMALL);
        }
        step.dropoff().ifPresent(d -> c.addText("▼ " + d.share().text() + " drop off" + d.reason().map(r -> ": " + r).orElse(""),
                MapStyles.DROPOFF));
        List<Opportunity> opps = view.addressedBy(step);
        if (!opps.isEmpty()) c.addText("Addressed by " + tags(opps), MapStyles.ADDRESSED);
        return c;
    }

    /** A title beside a star in the card's top right corner: the step holds a moment of truth. */
    private record StarTitle(Piece.Text title, double width) implements Piece {
        @Override
        public double height() {
            return Math.max(16, title.height());
        }

        @Override
        public void draw(SvgDraw g, double x, double y) {
            title.draw(g, x, y);
            g.star(x + width - 8, y + 8, 8, Palette.PURPLE, Palette.PURPLE_SHADE);
        }
    }

    List<Card> thoughts(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (String t : Located.values(s.thoughts())) {
                Card c = new Card("wm-thought", null, COL).fill(Palette.THOUGHT).stroke(Palette.THOUGHT_STROKE).radius(14);
                caption(c, col, s);
                c.addText("“" + t + "”", MapStyles.THOUGHT);
                out.add(c);
            }
        }
        return out;
    }

    List<Card> pains(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (Pain p : s.pains()) {
                String severity = p.severityName().orElse(PainSeverity.MEDIUM.word());
                PainSeverity counted = p.severityOrMedium();
                Card c = new Card("wm-pain wm-severity-" + safeClass(p), p.id().map(id -> "pain-" + id.value()).orElse(null), COL)
                        .fill(Palette.severityTint(counted)).stroke(Palette.severity(counted)).stripe(Palette.severity(counted))
                        .label("Pain, " + severity + ": " + XmlText.oneLine(p.text()));
                caption(c, col, s);
                c.add(Piece.Severity.of(counted, severity, p.category().orElse(null), c.inner()));
                c.addText(p.text(), TextStyle.BODY);
                List<Opportunity> opps = view.addressedBy(p, s);
                if (!opps.isEmpty()) {
                    c.addText("Addressed by " + tags(opps), MapStyles.ADDRESSED);
                } else if (counted.atLeast(PainSeverity.HIGH)) {
                    c.addText("No opportunity addresses this yet", MapStyles.UNADDRESSED);
                }
                out.add(c);
            }
        }
        return out;
    }

    /** In a column of several steps, says which step an item belongs to unless it is the column's own. */
    private static void caption(Card c, MapColumn col, Step s) {
        if (col.steps().size() > 1 && col.primary().orElse(null) != s) {
            c.addText("at: " + s.displayTitle(), MapStyles.ASIDE);
        }
    }

    /** A severity as a class name: the known four as they are (none written is medium), anything else as "other". */
    private static String safeClass(Pain p) {
        if (p.severity().isEmpty()) return PainSeverity.MEDIUM.word();
        return p.severityKind().map(PainSeverity::word).orElse("other");
    }

    List<Card> moments(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (String text : Located.values(s.momentsOfTruth())) {
                Card c = new Card("wm-moment", null, COL).fill(Palette.PURPLE_TINT).stroke(Palette.PURPLE);
                caption(c, col, s);
                c.add(Piece.IconText.of(Piece.Icon.STAR, Palette.PURPLE, text, TextStyle.BODY, c.inner()));
                out.add(c);
            }
        }
        return out;
    }

    List<Card> metrics(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (Metric metric : s.metrics()) {
                Card c = new Card("wm-metric", null, COL);
                caption(c, col, s);
                metricPieces(c, metric);
                out.add(c);
            }
        }
        return out;
    }

    /** A metric's name, value and target, and a bullet bar when the two compare. */
    static void metricPieces(Card c, Metric metric) {
        c.addText(metric.name(), TextStyle.SMALL_BOLD);
        c.addText(metric.value().text() + metric.target().map(t -> "  ·  target " + t.text()).orElse(""), MapStyles.METRIC_VALUE);
        metric.target().flatMap(t -> Piece.Bullet.of(metric.value(), t, c.inner())).ifPresent(c::add);
    }

    Card opportunity(Opportunity o) {
        Card c = new Card("wm-opportunity", "opportunity-" + o.id(), COL).fill(Palette.GREEN_TINT).stroke(Palette.GREEN).stripe(Palette.GREEN)
                .label("Opportunity " + view.tag(o) + ": " + XmlText.oneLine(o.displayTitle()));
        String status = o.status().map(s -> s.value()).orElse("no status");
        // an unknown status word (invalid-value) is shown as written, with a neutral dot
        String icon = o.statusWord().flatMap(Word::known).map(STATUS_ICONS::get).orElse("·");
        c.add(Piece.Tag.of(view.tag(o), Palette.GREEN_TEXT, icon + " " + status, TextStyle.SMALL, c.inner()));
        c.addText(o.displayTitle(), TextStyle.STRONG);
        o.description().ifPresent(d -> c.addText(d, MapStyles.SMALL_SOFT));
        if (!o.addresses().isEmpty()) {
            c.addText("Addresses", TextStyle.SMALL_BOLD);
            for (Reference r : o.addresses()) c.add(Piece.IconText.of(Piece.Icon.DOT, Palette.GREEN, view.describe(r), MapStyles.SMALL_INK, c.inner()));
        }
        List<String> meta = new ArrayList<>();
        o.owner().ifPresent(w -> meta.add("Owner " + w.value()));
        o.effort().ifPresent(e -> meta.add("effort " + e.value()));
        o.due().ifPresent(d -> meta.add("due " + d.text()));
        if (!meta.isEmpty()) c.addText(String.join(" · ", meta), TextStyle.SMALL);
        o.impact().ifPresent(i -> c.addText("Impact: " + i.metric() + " " + i.from().text() + " → " + i.to().text(), TextStyle.SMALL_BOLD));
        return c;
    }

    private String tags(List<Opportunity> opps) {
        return opps.stream().map(view::tag).collect(Collectors.joining(", "));
    }
}
