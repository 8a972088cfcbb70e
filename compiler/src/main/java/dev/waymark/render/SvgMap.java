package dev.waymark.render;

import dev.waymark.model.Located;

import dev.waymark.model.Emotion;
import dev.waymark.model.Journey;
import dev.waymark.model.Measure;
import dev.waymark.model.Metric;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.FlowEdge;
import dev.waymark.resolve.ReviewStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The journey map as SVG: a header (title, review badge, owner, personas, objectives, journey
 * metrics), then a grid whose columns are the steps grouped by stage and whose rows are lanes:
 * customer actions, the emotion curve, thoughts, pains, moments of truth, the service-blueprint
 * lanes with their lines of interaction, visibility and internal interaction, metrics,
 * opportunities and owners. A lane with nothing in it is left out.
 *
 * <p>Layout is computed first (every text wrapped with {@link TextMetrics}, every box as tall as
 * its content, every row as tall as its tallest cell), then written in one pass. Boxes sit in
 * disjoint grid cells, so they cannot overlap; text is wrapped to its box, so it cannot
 * overflow.
 */
public final class SvgMap {
    static final double MARGIN = 32;
    static final double GUTTER = 150;
    static final double COL = 200;
    static final double GAP = 14;
    static final double PITCH = COL + GAP;
    static final double ROW_PAD = 12;
    static final double STACK_GAP = 8;
    static final double MIN_WIDTH = 1000;
    static final double LEVEL = 22;
    static final String FONTS = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";
    static final String NS = "http://www.w3.org/2000/svg";

    private static final TextStyle LANE = new TextStyle(12, true, false, "#333333");
    private static final TextStyle LINE_NAME = new TextStyle(10.5, false, true, Palette.MUTED);
    private static final TextStyle CAPTION = new TextStyle(10, true, false, Palette.MUTED);
    private static final TextStyle TITLE = new TextStyle(26, true, false, "#111111");

    private final JourneyView view;
    private final Journey journey;
    private final List<MapColumn> columns;
    private final double width;
    private final List<Consumer<SvgDraw>> ops = new ArrayList<>();
    private double y;
    private double height;

    private SvgMap(JourneyView view) {
        this.view = view;
        this.journey = view.journey();
        this.columns = MapColumn.of(journey);
        this.width = Math.max(MIN_WIDTH, 2 * MARGIN + GUTTER + columns.size() * PITCH - GAP);
    }

    /** The default id prefix: `wm-<journey id>-`; journey ids are already safe in an XML id. */
    public static String prefix(JourneyView view) {
        return "wm-" + view.id() + "-";
    }

    /** A standalone SVG file. */
    public static byte[] render(JourneyView view) {
        // about 4 kB per step: one buffer that seldom grows
        Xml xml = new Xml(16_384 + 4_096 * (int) view.journey().steps().count());
        xml.declaration().nl();
        write(view, xml, prefix(view));
        xml.nl();
        xml.finish();
        return xml.bytes();
    }

    /** Writes the `<svg>` element into a document being written (an HTML page). */
    public static void write(JourneyView view, Xml xml, String idPrefix) {
        SvgMap map = new SvgMap(view);
        map.layout();
        map.emit(new SvgDraw(xml, idPrefix));
    }

    private double contentWidth() {
        return width - 2 * MARGIN;
    }

    private double colX(int i) {
        return MARGIN + GUTTER + i * PITCH;
    }

    private double spanWidth(int first, int last) {
        return (last - first) * PITCH + COL;
    }

    // ---------------------------------------------------------------- layout

    private void layout() {
        y = MARGIN;
        header();
        y += 20;
        double gridTop = y;
        stageRow();
        lane("actions", "Customer actions", null, perColumn(c -> c.customer().map(s -> List.of(stepCard(s))).orElse(List.of())), true);
        emotionLane();
        lane("thoughts", "Thoughts", null, perColumn(this::thoughtCards));
        lane("pains", "Pain points", null, perColumn(this::painCards));
        lane("moments", "Moments of truth", null, perColumn(this::momentCards));
        blueprint();
        lane("metrics", "Metrics", null, perColumn(this::metricCards));
        lane("opportunities", "Opportunities", null, opportunityCards());
        ownerLane();
        double gridBottom = y;
        ops.add(0, g -> stageBands(g, gridTop, gridBottom));
        y += 16;
        legend();
        footer();
        height = Math.ceil(y + MARGIN);
    }

    private void emit(SvgDraw g) {
        Xml xml = g.xml();
        xml.start("svg", "width", Xml.num(width), "height", Xml.num(height), "viewBox", "0 0 " + Xml.num(width) + " " + Xml.num(height),
                "role", "img", "aria-labelledby", g.id("title") + " " + g.id("desc"), "font-family", FONTS,
                "class", "wm-map", "data-journey", journey.id());
        xml.defaultNamespace(NS).nl();
        xml.element("title", XmlText.oneLine(journey.displayTitle()), "id", g.id("title")).nl();
        xml.element("desc", description(), "id", g.id("desc")).nl();
        g.rect(0, 0, width, height, 0, "#ffffff", null);
        xml.nl();
        for (Consumer<SvgDraw> op : ops) op.accept(g);
        xml.end();
    }

    /** What a screen reader says about the map as a whole. */
    private String description() {
        ReviewStatus r = view.review();
        long steps = journey.steps().count();
        StringBuilder d = new StringBuilder("Customer journey map");
        journey.owner().ifPresent(o -> d.append(" owned by ").append(o.value()));
        d.append(". Review ").append(r.status().label());
        r.due().ifPresent(due -> d.append(" (due ").append(due).append(')'));
        d.append(". ").append(journey.stages().size()).append(journey.stages().size() == 1 ? " stage, " : " stages, ")
                .append(steps).append(steps == 1 ? " step" : " steps");
        journey.steps().filter(s -> s.emotion().isPresent())
                .min((a, b) -> Double.compare(a.emotion().get().score().value(), b.emotion().get().score().value()))
                .ifPresent(low -> d.append("; lowest emotion ").append(signed(low.emotion().get().score())).append(" at ")
                        .append(low.displayTitle()));
        long severe = journey.steps().flatMap(s -> s.pains().stream())
                .filter(p -> Palette.severityLevel(p.severityName().orElse("medium")) >= 3).count();
        if (severe > 0) d.append("; ").append(severe).append(severe == 1 ? " high or critical pain" : " high or critical pains");
        if (!journey.opportunities().isEmpty()) d.append("; ").append(journey.opportunities().size())
                .append(journey.opportunities().size() == 1 ? " opportunity" : " opportunities");
        return XmlText.oneLine(d.append('.').toString());
    }

    // ---------------------------------------------------------------- header

    private void header() {
        Piece.Text title = Piece.Text.of(journey.displayTitle(), TITLE, contentWidth());
        double top = y;
        ops.add(g -> title.draw(g, MARGIN, top));
        y += title.height() + 10;

        List<Card> chips = new ArrayList<>();
        chips.add(reviewBadge());
        journey.owner().ifPresentOrElse(
                o -> chips.add(chip("Owner " + o.value() + view.teamName(o.value()).map(n -> " · " + n).orElse(""))),
                () -> chips.add(chip("No owner").fill(Palette.severityTint("critical"))));
        ReviewStatus r = view.review();
        if (r.last().isPresent()) {
            chips.add(chip("Reviewed " + r.last().get() + r.by().map(b -> " by " + b).orElse("") + " · every " + r.every()));
        } else {
            chips.add(chip("Review every " + r.every()));
        }
        journey.state().ifPresent(s -> chips.add(chip("State: " + s.value())));
        if (!journey.tags().isEmpty()) chips.add(chip("Tags: " + String.join(", ", Located.values(journey.tags()))));
        flow(chips, 8);

        journey.description().ifPresent(text -> {
            Piece.Text d = Piece.Text.of(text, new TextStyle(13.5, false, false, "#333333"), Math.min(contentWidth(), 880));
            double dy = y + 4;
            ops.add(g -> d.draw(g, MARGIN, dy));
            y += d.height() + 12;
        });

        List<Card> info = new ArrayList<>();
        for (JourneyView.PersonaRef p : view.personas()) info.add(personaCard(p));
        if (!journey.objectives().isEmpty()) {
            Card c = new Card("wm-objectives", "objectives", 300).fill("#f7f8fa").stroke(Palette.RULE);
            c.addText("OBJECTIVES", CAPTION);
            for (String o : Located.values(journey.objectives())) c.add(Piece.IconText.of("dot", Palette.BLUE, o, TextStyle.BODY, c.inner()));
            info.add(c);
        }
        if (!journey.metrics().isEmpty()) {
            Card c = new Card("wm-journey-metrics", "journey-metrics", 260).fill("#f7f8fa").stroke(Palette.RULE);
            c.addText("JOURNEY METRICS", CAPTION);
            for (Metric m : journey.metrics()) metricPieces(c, m);
            info.add(c);
        }
        if (!info.isEmpty()) {
            y += 4;
            flow(info, 12);
        }
    }

    private Card reviewBadge() {
        ReviewStatus r = view.review();
        String due = r.due().map(Object::toString).orElse("");
        String text;
        String fill;
        String stroke;
        switch (r.status()) {
            case CURRENT -> {
                text = "✓ Review current · due " + due;
                fill = "#dff3ec";
                stroke = Palette.GREEN;
            }
            case DUE_SOON -> {
                text = "◷ Review due soon · " + due;
                fill = "#fcf6c2";
                stroke = "#a89a00";
            }
            case STALE -> {
                text = "⚠ Review stale since " + due;
                fill = "#fbe3d4";
                stroke = Palette.VERMILLION;
            }
            default -> {
                text = "✕ Never reviewed";
                fill = "#eeeeee";
                stroke = "#666666";
            }
        }
        TextStyle style = new TextStyle(12.5, true, false, Palette.INK);
        Card c = new Card("wm-review wm-review-" + r.status().label(), "review",
                Math.min(style.width(text) + 2 * Card.PAD + 2, contentWidth())).fill(fill).stroke(stroke).radius(12);
        c.label("Review status: " + r.status().label());
        return c.addText(text, style);
    }

    private Card chip(String text) {
        TextStyle style = new TextStyle(12, false, false, "#333333");
        Card c = new Card("wm-chip", null, Math.min(style.width(XmlText.oneLine(text)) + 2 * Card.PAD + 2, contentWidth()))
                .fill("#eef1f5").stroke("#d5dbe3").radius(12);
        return c.addText(XmlText.oneLine(text), style);
    }

    private Card personaCard(JourneyView.PersonaRef ref) {
        Card c = new Card("wm-persona", "persona-" + ref.id(), 260).fill("#f7f8fa").stroke(Palette.RULE);
        c.addText("PERSONA", CAPTION);
        c.addText(ref.name(), new TextStyle(14, true, false, Palette.INK));
        ref.persona().ifPresent(p -> {
            List<String> facts = new ArrayList<>();
            p.role().ifPresent(facts::add);
            ageText(p).ifPresent(facts::add);
            p.segment().ifPresent(facts::add);
            if (!facts.isEmpty()) c.addText(String.join(" · ", facts), TextStyle.SMALL);
            p.description().ifPresent(d -> c.addText(d, TextStyle.SMALL));
            for (String goal : Located.values(p.goals())) c.add(Piece.IconText.of("dot", Palette.GREEN, "Goal: " + goal, TextStyle.SMALL.withFill(Palette.INK), c.inner()));
            for (String f : Located.values(p.frustrations())) c.add(Piece.IconText.of("dot", Palette.VERMILLION, "Frustration: " + f, TextStyle.SMALL.withFill(Palette.INK), c.inner()));
            p.quote().ifPresent(q -> c.addText("“" + q + "”", TextStyle.BODY.asItalic()));
        });
        return c;
    }

    private static Optional<String> ageText(Persona p) {
        if (p.ageFrom().isEmpty()) return Optional.empty();
        String from = p.ageFrom().get().text();
        return Optional.of("age " + p.ageTo().map(to -> from + "–" + to.text()).orElse(from));
    }

    /** Cards left to right, wrapping to a new line at the content width; rows as tall as their tallest card. */
    private void flow(List<Card> cards, double gap) {
        double x = MARGIN;
        double rowHeight = 0;
        for (Card c : cards) {
            if (x > MARGIN && x + c.width() > MARGIN + contentWidth()) {
                y += rowHeight + gap;
                x = MARGIN;
                rowHeight = 0;
            }
            double cx = x;
            double cy = y;
            ops.add(g -> c.draw(g, cx, cy));
            x += c.width() + gap;
            rowHeight = Math.max(rowHeight, c.height());
        }
        y += rowHeight + gap;
    }

    // ---------------------------------------------------------------- grid

    private void stageBands(SvgDraw g, double top, double bottom) {
        int i = 0;
        while (i < columns.size()) {
            int first = i;
            Stage stage = columns.get(i).stage();
            while (i < columns.size() && columns.get(i).stage() == stage) i++;
            if (columns.get(first).stageIndex() % 2 == 0) {
                g.rect(colX(first) - GAP / 2, top, spanWidth(first, i - 1) + GAP, bottom - top, 0, Palette.BAND, null);
            }
        }
    }

    private void stageRow() {
        List<Card> cards = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            int first = i;
            MapColumn col = columns.get(i);
            Stage stage = col.stage();
            while (i < columns.size() && columns.get(i).stage() == stage) i++;
            Card c = new Card("wm-stage", "stage-" + stage.id(), spanWidth(first, i - 1)).fill(Palette.BLUE).stroke("none")
                    .label("Stage " + (col.stageIndex() + 1) + ": " + XmlText.oneLine(stage.displayTitle()));
            c.addText((col.stageIndex() + 1) + "  " + stage.displayTitle(), new TextStyle(15, true, false, "#ffffff"));
            stage.goal().ifPresent(goal -> c.addText("Goal: " + goal, new TextStyle(12, false, false, "#ffffff")));
            stage.owner().ifPresent(o -> c.addText("Owner " + o.value(), new TextStyle(11, false, false, "#e6f1f8")));
            stage.description().ifPresent(d -> c.addText(d, new TextStyle(11, false, false, "#e6f1f8")));
            cards.add(c);
            xs.add(colX(first));
        }
        spanRow("stages", "Stages", cards, xs, false);
    }

    /** A row of boxes that each span a run of columns (stages, owners), all as tall as the tallest. */
    private void spanRow(String key, String name, List<Card> cards, List<Double> xs, boolean rule) {
        double h = cards.stream().mapToDouble(Card::height).max().orElse(0);
        double pad = rule ? ROW_PAD : 0;
        double top = y;
        Piece.Text label = Piece.Text.of(name, LANE, GUTTER - 24);
        ops.add(g -> {
            g.group("wm-lane", "lane-" + key, "role", "group", "aria-label", name);
            if (rule) g.line(MARGIN, top, width - MARGIN, top, Palette.RULE, 1, null);
            label.draw(g, MARGIN, top + Math.max(pad, 8));
            for (int k = 0; k < cards.size(); k++) cards.get(k).draw(g, xs.get(k), top + pad, h);
            g.end();
        });
        y += Math.max(h, label.height()) + 2 * pad + (rule ? 0 : 6);
    }

    private List<List<Card>> perColumn(java.util.function.Function<MapColumn, List<Card>> cards) {
        List<List<Card>> out = new ArrayList<>();
        for (MapColumn c : columns) out.add(cards.apply(c));
        return out;
    }

    /** A row of the grid: the label in the gutter, each column's cards stacked in its cell. */
    private void lane(String key, String name, String lineName, List<List<Card>> cells) {
        lane(key, name, lineName, cells, false);
    }

    /**
     * `uniform`: every cell holds at most one card, and all cards are drawn as tall as the
     * tallest, so a row of steps reads as one band.
     */
    private void lane(String key, String name, String lineName, List<List<Card>> cells, boolean uniform) {
        boolean empty = cells.stream().allMatch(List::isEmpty);
        if (empty) return;
        List<Piece> labels = new ArrayList<>();
        if (lineName != null) labels.add(Piece.Text.of(lineName, LINE_NAME, GUTTER - 24));
        labels.add(Piece.Text.of(name, LANE, GUTTER - 24));
        double labelHeight = labels.stream().mapToDouble(Piece::height).sum() + (labels.size() - 1) * 4;
        double content = 0;
        for (List<Card> cell : cells) {
            double h = 0;
            for (Card c : cell) h += c.height() + STACK_GAP;
            content = Math.max(content, h - STACK_GAP);
        }
        double rowHeight = Math.max(labelHeight, content) + 2 * ROW_PAD;
        double contentHeight = content;
        double top = y;
        boolean dashedLine = lineName != null;
        ops.add(g -> {
            g.group("wm-lane", "lane-" + key, "role", "group", "aria-label", name);
            if (dashedLine) g.line(MARGIN, top, width - MARGIN, top, "#444444", 1.5, "8 4");
            else g.line(MARGIN, top, width - MARGIN, top, Palette.RULE, 1, null);
            double ly = top + ROW_PAD;
            for (Piece p : labels) {
                p.draw(g, MARGIN, ly);
                ly += p.height() + 4;
            }
            for (int i = 0; i < cells.size(); i++) {
                double cy = top + ROW_PAD;
                for (Card c : cells.get(i)) {
                    double h = uniform && cells.get(i).size() == 1 ? contentHeight : c.height();
                    c.draw(g, colX(i), cy, h);
                    cy += h + STACK_GAP;
                }
            }
            g.end();
        });
        y += rowHeight;
    }

    private Card stepCard(Step step) {
        boolean star = !step.momentsOfTruth().isEmpty();
        Card c = new Card("wm-step wm-lane-" + step.laneName(), "step-" + step.id(), COL)
                .label("Step: " + XmlText.oneLine(step.displayTitle()));
        String lane = step.laneName();
        if (lane.equals("backstage")) c.dashed().fill("#fafafa");
        else if (lane.equals("support")) c.dashed().fill("#f4f4f4").stroke("#b5b5b5");
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
        if (!lane.equals("customer")) {
            view.owner(step).ifPresent(o -> c.addText("Owner " + o.handle(), TextStyle.SMALL));
        }
        step.description().ifPresent(d -> c.addText(d, TextStyle.SMALL.withFill("#333333")));
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
                new TextStyle(11, true, false, Palette.VERMILLION_TEXT)));
        List<Opportunity> opps = view.addressedBy(step.id());
        if (!opps.isEmpty()) c.addText("Addressed by " + tags(opps), new TextStyle(11, true, false, Palette.GREEN_TEXT));
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
            g.star(x + width - 8, y + 8, 8, Palette.PURPLE, "#7a3d63");
        }
    }

    private String tags(List<Opportunity> opps) {
        return opps.stream().map(view::tag).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- emotion

    private Optional<Step> emotionStep(MapColumn col) {
        Optional<Step> c = col.customer().filter(s -> s.emotion().isPresent());
        return c.isPresent() ? c : col.steps().stream().filter(s -> s.emotion().isPresent()).findFirst();
    }

    private static double clamp(double score) {
        return Math.max(-3, Math.min(3, score));
    }

    private void emotionLane() {
        List<Optional<Emotion>> emotions = new ArrayList<>();
        for (MapColumn col : columns) emotions.add(emotionStep(col).flatMap(Step::emotion));
        if (emotions.stream().allMatch(Optional::isEmpty)) return;
        double top = y;
        double plotTop = top + ROW_PAD + 12;
        double plotBottom = plotTop + 6 * LEVEL;
        List<List<Card>> labels = new ArrayList<>();
        for (Optional<Emotion> e : emotions) labels.add(e.map(em -> List.of(emotionLabel(em))).orElse(List.of()));
        double labelTop = plotBottom + 16;
        double labelHeight = labels.stream().flatMap(List::stream).mapToDouble(Card::height).max().orElse(0);
        double bottom = labelTop + labelHeight + ROW_PAD;
        Piece.Text name = Piece.Text.of("Emotion", LANE, GUTTER - 44);
        Piece.Text hint = Piece.Text.of("● now\n◇ desired", TextStyle.SMALL, GUTTER - 44);
        ops.add(g -> {
            g.group("wm-lane", "lane-emotion", "role", "group", "aria-label", "Emotion");
            g.line(MARGIN, top, width - MARGIN, top, Palette.RULE, 1, null);
            name.draw(g, MARGIN, top + ROW_PAD);
            hint.draw(g, MARGIN, top + ROW_PAD + name.height() + 4);
            double left = MARGIN + GUTTER - 8;
            double right = width - MARGIN;
            g.rect(left, plotTop, right - left, 3 * LEVEL, 0, "#eef5fb", null);
            g.rect(left, plotTop + 3 * LEVEL, right - left, 3 * LEVEL, 0, "#fdf3e8", null);
            for (int s = 3; s >= -3; s--) {
                double ly = plotTop + (3 - s) * LEVEL;
                g.line(left, ly, right, ly, s == 0 ? "#8a8a8a" : "#dddddd", s == 0 ? 1.2 : 0.8, s == 0 ? null : "2 3");
                g.text(s > 0 ? "+" + s : s == 0 ? "0" : "−" + (-s), left - 6, ly - 7, new TextStyle(10.5, s == 0, false, Palette.MUTED), "end");
            }
            List<EmotionCurve.Point> now = new ArrayList<>();
            List<EmotionCurve.Point> desired = new ArrayList<>();
            for (int i = 0; i < emotions.size(); i++) {
                if (emotions.get(i).isEmpty()) continue;
                Emotion e = emotions.get(i).get();
                double cx = colX(i) + COL / 2;
                now.add(new EmotionCurve.Point(cx, plotTop + (3 - clamp(e.score().value())) * LEVEL));
                e.target().ifPresent(t -> desired.add(new EmotionCurve.Point(cx, plotTop + (3 - clamp(t.value())) * LEVEL)));
            }
            if (desired.size() > 1) g.path(EmotionCurve.path(desired), "none", Palette.GREEN, 2, "6 5");
            g.path(EmotionCurve.path(now), "none", "#3d3d3d", 2.5, null);
            for (int i = 0; i < emotions.size(); i++) {
                if (emotions.get(i).isEmpty()) continue;
                Emotion e = emotions.get(i).get();
                double cx = colX(i) + COL / 2;
                double cy = plotTop + (3 - clamp(e.score().value())) * LEVEL;
                e.target().ifPresent(t -> {
                    double ty = plotTop + (3 - clamp(t.value())) * LEVEL;
                    if (Math.abs(ty - cy) > 12) g.line(cx, cy + Math.signum(ty - cy) * 12, cx, ty - Math.signum(ty - cy) * 7, Palette.GREEN, 1.5, "2 3");
                    g.diamond(cx, ty, 7, "#ffffff", Palette.GREEN, 2);
                });
                g.xml().start("g", "class", "wm-marker", "role", "img", "aria-label",
                        "emotion " + signed(e.score()) + e.label().map(l -> " " + XmlText.oneLine(l)).orElse(""));
                g.circle(cx, cy, 12, Palette.emotion(e.score().value()), "#ffffff", 2);
                String score = signed(e.score());
                // "+2" fits the marker at 10.5 px; "−1.5" needs a smaller size to stay inside it
                double size = Math.min(10.5, 20 / Math.max(1, TextMetrics.width(score, 1, true)));
                TextStyle style = new TextStyle(size, true, false, Palette.onEmotion(e.score().value()));
                g.text(score, cx, cy - style.lineHeight() / 2, style, "middle");
                g.xml().end();
            }
            for (int i = 0; i < labels.size(); i++) {
                for (Card c : labels.get(i)) c.draw(g, colX(i), labelTop);
            }
            g.end();
        });
        y = bottom;
    }

    private Card emotionLabel(Emotion e) {
        Card c = new Card("wm-emotion", null, COL).fill("none").stroke("none");
        e.label().ifPresent(l -> c.add(Piece.Text.centred(l, new TextStyle(12.5, true, false, Palette.INK), c.inner())));
        String scores = "now " + signed(e.score()) + e.target().map(t -> " · desired " + signed(t)).orElse("");
        c.add(Piece.Text.centred(scores, TextStyle.SMALL, c.inner()));
        return c;
    }

    /** A score with its sign and a true minus: "+2", "0", "−1.5". */
    static String signed(Measure m) {
        double v = m.value();
        String text = m.text();
        String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (digits.isEmpty()) digits = Xml.num(Math.abs(v));
        if (v > 0) return "+" + digits;
        if (v < 0) return "−" + digits;
        return "0";
    }

    // ---------------------------------------------------------------- the other lanes

    private List<Card> thoughtCards(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (String t : Located.values(s.thoughts())) {
                Card c = new Card("wm-thought", null, COL).fill("#f1f3f6").stroke("#d9dde3").radius(14);
                caption(c, col, s);
                c.addText("“" + t + "”", TextStyle.BODY.asItalic().withFill("#222222"));
                out.add(c);
            }
        }
        return out;
    }

    private List<Card> painCards(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (Pain p : s.pains()) {
                String severity = p.severityName().orElse("medium");
                Card c = new Card("wm-pain wm-severity-" + safeClass(severity), p.id().map(id -> "pain-" + id.value()).orElse(null), COL)
                        .fill(Palette.severityTint(severity)).stroke(Palette.severity(severity)).stripe(Palette.severity(severity))
                        .label("Pain, " + severity + ": " + XmlText.oneLine(p.text()));
                caption(c, col, s);
                c.add(Piece.Severity.of(severity, p.category().orElse(null), c.inner()));
                c.addText(p.text(), TextStyle.BODY);
                List<Opportunity> opps = view.addressedBy(p);
                if (!opps.isEmpty()) {
                    c.addText("Addressed by " + tags(opps), new TextStyle(11, true, false, Palette.GREEN_TEXT));
                } else if (Palette.severityLevel(severity) >= 3) {
                    c.addText("No opportunity addresses this yet", new TextStyle(11, false, true, Palette.VERMILLION_TEXT));
                }
                out.add(c);
            }
        }
        return out;
    }

    /** In a column of several steps, says which step an item belongs to unless it is the column's own. */
    private static void caption(Card c, MapColumn col, Step s) {
        if (col.steps().size() > 1 && col.primary().orElse(null) != s) {
            c.addText("at: " + s.displayTitle(), new TextStyle(10.5, false, true, Palette.MUTED));
        }
    }

    /** A severity as a class name: the known four as they are, anything else as "other". */
    private static String safeClass(String word) {
        return Palette.severityLevel(word) == 2 && !word.equals("medium") ? "other" : word;
    }

    private List<Card> momentCards(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (String m : Located.values(s.momentsOfTruth())) {
                Card c = new Card("wm-moment", null, COL).fill("#fbeff6").stroke(Palette.PURPLE);
                caption(c, col, s);
                c.add(Piece.IconText.of("star", Palette.PURPLE, m, TextStyle.BODY, c.inner()));
                out.add(c);
            }
        }
        return out;
    }

    private void blueprint() {
        if (!MapColumn.usesBlueprint(journey)) return;
        String[] lanes = {"frontstage", "backstage", "support"};
        String[] names = {"Frontstage", "Backstage", "Support processes"};
        // the line above each layer: interaction (customer | frontstage), visibility (| backstage),
        // internal interaction (| support); a missing layer's line joins the next one's
        String[] lines = {"line of interaction", "line of visibility", "line of internal interaction"};
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lanes.length; i++) {
            String lane = lanes[i];
            pending.add(lines[i]);
            List<List<Card>> cells = perColumn(c -> c.inLane(lane).stream().map(this::stepCard).toList());
            if (cells.stream().allMatch(List::isEmpty)) continue;
            String label = String.join(" and ", pending);
            label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
            pending.clear();
            lane("blueprint-" + lane, names[i], label, cells, true);
        }
    }

    private List<Card> metricCards(MapColumn col) {
        List<Card> out = new ArrayList<>();
        for (Step s : col.steps()) {
            for (Metric m : s.metrics()) {
                Card c = new Card("wm-metric", null, COL);
                caption(c, col, s);
                metricPieces(c, m);
                out.add(c);
            }
        }
        return out;
    }

    private static void metricPieces(Card c, Metric m) {
        c.addText(m.name(), TextStyle.SMALL_BOLD);
        c.addText(m.value().text() + m.target().map(t -> "  ·  target " + t.text()).orElse(""), new TextStyle(13, false, false, Palette.INK));
        m.target().flatMap(t -> Piece.Bullet.of(m.value(), t, c.inner())).ifPresent(c::add);
    }

    private List<List<Card>> opportunityCards() {
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
            if (!cells.isEmpty()) cells.get(col).add(opportunityCard(o));
        }
        return cells;
    }

    private int columnOf(Reference r) {
        if (r.journey().isPresent() && !r.journey().get().equals(journey.id())) return -1;
        for (int i = 0; i < columns.size(); i++) {
            MapColumn c = columns.get(i);
            if (c.stage().id().equals(r.id())) return i;
            for (Step s : c.steps()) {
                if (s.id().equals(r.id())) return i;
                for (Pain p : s.pains()) if (p.id().isPresent() && p.id().get().value().equals(r.id())) return i;
            }
        }
        return -1;
    }

    private static final Map<String, String> STATUS_ICONS = new LinkedHashMap<>();

    static {
        STATUS_ICONS.put("idea", "○");
        STATUS_ICONS.put("planned", "◔");
        STATUS_ICONS.put("in-progress", "◑");
        STATUS_ICONS.put("done", "●");
        STATUS_ICONS.put("dropped", "✕");
    }

    private Card opportunityCard(Opportunity o) {
        Card c = new Card("wm-opportunity", "opportunity-" + o.id(), COL).fill("#eef8f4").stroke(Palette.GREEN).stripe(Palette.GREEN)
                .label("Opportunity " + view.tag(o) + ": " + XmlText.oneLine(o.displayTitle()));
        String status = o.status().map(s -> s.value()).orElse("no status");
        c.add(Piece.Tag.of(view.tag(o), Palette.GREEN_TEXT, STATUS_ICONS.getOrDefault(status, "·") + " " + status, TextStyle.SMALL, c.inner()));
        c.addText(o.displayTitle(), TextStyle.STRONG);
        o.description().ifPresent(d -> c.addText(d, TextStyle.SMALL.withFill("#333333")));
        if (!o.addresses().isEmpty()) {
            c.addText("Addresses", TextStyle.SMALL_BOLD);
            for (Reference r : o.addresses()) c.add(Piece.IconText.of("dot", Palette.GREEN, view.describe(r), TextStyle.SMALL.withFill(Palette.INK), c.inner()));
        }
        List<String> meta = new ArrayList<>();
        o.owner().ifPresent(w -> meta.add("Owner " + w.value()));
        o.effort().ifPresent(e -> meta.add("effort " + e.value()));
        o.due().ifPresent(d -> meta.add("due " + d.text()));
        if (!meta.isEmpty()) c.addText(String.join(" · ", meta), TextStyle.SMALL);
        o.impact().ifPresent(i -> c.addText("Impact: " + i.metric() + " " + i.from().text() + " → " + i.to().text(), TextStyle.SMALL_BOLD));
        return c;
    }

    /** Owners: one box over each run of columns with the same effective owner. */
    private void ownerLane() {
        List<String> owners = new ArrayList<>();
        for (MapColumn c : columns) {
            owners.add(c.primary().flatMap(view::owner).map(JourneyView.Owner::handle)
                    .or(() -> c.steps().isEmpty() ? view.stageOwner(c.stage()) : Optional.empty()).orElse(""));
        }
        if (columns.isEmpty()) return;
        List<Card> cards = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        int i = 0;
        while (i < owners.size()) {
            int first = i;
            String owner = owners.get(i);
            while (i < owners.size() && owners.get(i).equals(owner)) i++;
            Card c = new Card("wm-owner", null, spanWidth(first, i - 1)).fill(owner.isEmpty() ? Palette.severityTint("critical") : "#eef1f5")
                    .stroke(owner.isEmpty() ? Palette.VERMILLION : "#c9d1db");
            if (owner.isEmpty()) {
                c.addText("No owner", new TextStyle(12.5, true, true, Palette.VERMILLION_TEXT));
            } else {
                c.addText(owner, TextStyle.STRONG);
                view.teamName(owner).ifPresent(n -> c.addText(n, TextStyle.SMALL));
            }
            cards.add(c);
            xs.add(colX(first));
        }
        spanRow("owners", "Owners", cards, xs, true);
    }

    // ---------------------------------------------------------------- legend and footer

    private void legend() {
        TextStyle style = TextStyle.SMALL.withFill("#333333");
        // only what this map uses
        List<LegendItem> items = new ArrayList<>();
        if (journey.steps().anyMatch(s -> s.emotion().isPresent())) items.add(new LegendItem("now", "Emotion now (score in the marker)"));
        if (journey.steps().anyMatch(s -> s.emotion().flatMap(Emotion::target).isPresent())) items.add(new LegendItem("desired", "Desired emotion"));
        if (journey.steps().anyMatch(s -> !s.pains().isEmpty())) items.add(new LegendItem("severity", "Pain severity: 1 bar low … 4 bars critical"));
        if (journey.steps().anyMatch(s -> !s.momentsOfTruth().isEmpty())) items.add(new LegendItem("star", "Moment of truth"));
        if (!journey.opportunities().isEmpty()) items.add(new LegendItem("tag", "Opportunity, tagged on what it addresses"));
        if (MapColumn.usesBlueprint(journey)) items.add(new LegendItem("line", "Service-blueprint line"));
        if (items.isEmpty()) return;
        double x = MARGIN;
        double rowTop = y;
        double lh = style.lineHeight();
        List<double[]> placed = new ArrayList<>();
        for (LegendItem item : items) {
            double w = 34 + style.width(item.text()) + 20;
            if (x > MARGIN && x + w > width - MARGIN) {
                x = MARGIN;
                rowTop += lh + 10;
            }
            placed.add(new double[] {x, rowTop});
            x += w;
        }
        double top = y;
        ops.add(g -> {
            g.group("wm-legend", "legend", "role", "group", "aria-label", "Legend");
            for (int k = 0; k < items.size(); k++) {
                LegendItem item = items.get(k);
                double ix = placed.get(k)[0];
                double iy = placed.get(k)[1];
                double cy = iy + lh / 2;
                switch (item.kind()) {
                    case "now" -> {
                        g.line(ix, cy, ix + 26, cy, "#3d3d3d", 2.5, null);
                        g.circle(ix + 13, cy, 7, Palette.SKY, "#ffffff", 1.5);
                    }
                    case "desired" -> {
                        g.line(ix, cy, ix + 26, cy, Palette.GREEN, 2, "6 5");
                        g.diamond(ix + 13, cy, 5, "#ffffff", Palette.GREEN, 2);
                    }
                    case "severity" -> {
                        for (int b = 0; b < 4; b++) {
                            double h = 4 + b * 2.5;
                            g.rect(ix + b * 7, cy + 6 - h, 5, h, 0, b < 2 ? Palette.ORANGE : "#ffffff", "#5c5c5c", "stroke-width", "0.75");
                        }
                    }
                    case "star" -> g.star(ix + 13, cy, 7, Palette.PURPLE, "#7a3d63");
                    case "tag" -> {
                        g.rect(ix + 2, cy - 7, 24, 14, 3, Palette.GREEN_TEXT, null);
                        g.text("O1", ix + 14, cy - 7, new TextStyle(9.5, true, false, "#ffffff"), "middle");
                    }
                    default -> g.line(ix, cy, ix + 26, cy, "#444444", 1.5, "8 4");
                }
                g.text(item.text(), ix + 34, iy, style, null);
            }
            g.end();
        });
        y = rowTop + lh + 12;
        if (top > y) y = top;
    }

    private record LegendItem(String kind, String text) {
    }

    private void footer() {
        String text = "Review status as of " + view.asOf() + " · Source: " + view.file() + ":" + journey.span().line()
                + " · Rendered by Waymark";
        Piece.Text t = Piece.Text.of(text, TextStyle.SMALL, contentWidth());
        double top = y;
        ops.add(g -> t.draw(g, MARGIN, top));
        y += t.height();
    }
}
