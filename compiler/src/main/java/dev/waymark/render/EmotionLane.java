package dev.waymark.render;

import dev.waymark.model.Emotion;
import dev.waymark.model.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.waymark.render.MapLayout.COL;
import static dev.waymark.render.MapLayout.GUTTER;
import static dev.waymark.render.MapLayout.MARGIN;
import static dev.waymark.render.MapLayout.ROW_PAD;

/**
 * The emotion lane: a -3..+3 scale, the curve through each column's score, a marker with the
 * score written in it, the desired score as a hollow diamond on a dashed line, and the label and
 * scores under each column. Scores outside the scale are drawn at its edge.
 */
final class EmotionLane {
    /** The height of one step of the scale. */
    static final double LEVEL = 22;

    private EmotionLane() {
    }

    static void layout(MapLayout m) {
        List<Optional<Emotion>> emotions = new ArrayList<>();
        for (MapColumn col : m.columns) emotions.add(emotionStep(col).flatMap(Step::emotion));
        if (emotions.stream().allMatch(Optional::isEmpty)) return;
        double width = m.width;
        double top = m.y;
        double plotTop = top + ROW_PAD + 12;
        double plotBottom = plotTop + 6 * LEVEL;
        List<List<Card>> labels = new ArrayList<>();
        for (Optional<Emotion> e : emotions) labels.add(e.map(em -> List.of(label(em))).orElse(List.of()));
        double labelTop = plotBottom + 16;
        double labelHeight = labels.stream().flatMap(List::stream).mapToDouble(Card::height).max().orElse(0);
        double bottom = labelTop + labelHeight + ROW_PAD;
        Piece.Text name = Piece.Text.of("Emotion", MapStyles.LANE, GUTTER - 44);
        Piece.Text hint = Piece.Text.of("● now\n◇ desired", TextStyle.SMALL, GUTTER - 44);
        m.draw(g -> {
            g.group("wm-lane", "lane-emotion", "role", "group", "aria-label", "Emotion");
            g.line(MARGIN, top, width - MARGIN, top, Palette.RULE, 1, null);
            name.draw(g, MARGIN, top + ROW_PAD);
            hint.draw(g, MARGIN, top + ROW_PAD + name.height() + 4);
            double left = MARGIN + GUTTER - 8;
            double right = width - MARGIN;
            g.rect(left, plotTop, right - left, 3 * LEVEL, 0, Palette.POSITIVE_BAND, null);
            g.rect(left, plotTop + 3 * LEVEL, right - left, 3 * LEVEL, 0, Palette.NEGATIVE_BAND, null);
            for (int s = 3; s >= -3; s--) {
                double ly = plotTop + (3 - s) * LEVEL;
                g.line(left, ly, right, ly, s == 0 ? Palette.ZERO_LINE : Palette.SCALE_LINE, s == 0 ? 1.2 : 0.8, s == 0 ? null : "2 3");
                g.text(s > 0 ? "+" + s : s == 0 ? "0" : "−" + (-s), left - 6, ly - 7, s == 0 ? MapStyles.SCALE_ZERO : MapStyles.SCALE, "end");
            }
            List<EmotionCurve.Point> now = new ArrayList<>();
            List<EmotionCurve.Point> desired = new ArrayList<>();
            for (int i = 0; i < emotions.size(); i++) {
                if (emotions.get(i).isEmpty()) continue;
                Emotion e = emotions.get(i).get();
                double cx = m.colX(i) + COL / 2;
                now.add(new EmotionCurve.Point(cx, plotTop + (3 - clamp(e.score().value())) * LEVEL));
                e.target().ifPresent(t -> desired.add(new EmotionCurve.Point(cx, plotTop + (3 - clamp(t.value())) * LEVEL)));
            }
            if (desired.size() > 1) g.path(EmotionCurve.path(desired), "none", Palette.GREEN, 2, "6 5");
            g.path(EmotionCurve.path(now), "none", Palette.CURVE, 2.5, null);
            for (int i = 0; i < emotions.size(); i++) {
                if (emotions.get(i).isEmpty()) continue;
                Emotion e = emotions.get(i).get();
                double cx = m.colX(i) + COL / 2;
                double cy = plotTop + (3 - clamp(e.score().value())) * LEVEL;
                e.target().ifPresent(t -> {
                    double ty = plotTop + (3 - clamp(t.value())) * LEVEL;
                    if (Math.abs(ty - cy) > 12) g.line(cx, cy + Math.signum(ty - cy) * 12, cx, ty - Math.signum(ty - cy) * 7, Palette.GREEN, 1.5, "2 3");
                    g.diamond(cx, ty, 7, Palette.WHITE, Palette.GREEN, 2);
                });
                marker(g, cx, cy, e);
            }
            for (int i = 0; i < labels.size(); i++) {
                for (Card c : labels.get(i)) c.draw(g, m.colX(i), labelTop);
            }
            g.end();
        });
        m.y = bottom;
    }

    /** A column's emotion: its customer action's, else the first of its steps that has one. */
    private static Optional<Step> emotionStep(MapColumn col) {
        Optional<Step> c = col.customer().filter(s -> s.emotion().isPresent());
        return c.isPresent() ? c : col.steps().stream().filter(s -> s.emotion().isPresent()).findFirst();
    }

    private static double clamp(double score) {
        return Math.max(-3, Math.min(3, score));
    }

    private static void marker(SvgDraw g, double cx, double cy, Emotion e) {
        g.xml().start("g", "class", "wm-marker", "role", "img", "aria-label",
                "emotion " + ScoreText.signed(e.score()) + e.label().map(l -> " " + XmlText.oneLine(l)).orElse(""));
        g.circle(cx, cy, 12, Palette.emotion(e.score().value()), Palette.WHITE, 2);
        String score = ScoreText.signed(e.score());
        // "+2" fits the marker at 10.5 px; "−1.5" needs a smaller size to stay inside it
        double size = Math.min(10.5, 20 / Math.max(1, TextMetrics.width(score, 1, true)));
        TextStyle style = MapStyles.marker(size, e.score().value());
        g.text(score, cx, cy - style.lineHeight() / 2, style, "middle");
        g.xml().end();
    }

    private static Card label(Emotion e) {
        Card c = new Card("wm-emotion", null, COL).fill("none").stroke("none");
        e.label().ifPresent(l -> c.add(Piece.Text.centred(l, MapStyles.LABEL, c.inner())));
        String scores = "now " + ScoreText.signed(e.score()) + e.target().map(t -> " · desired " + ScoreText.signed(t)).orElse("");
        c.add(Piece.Text.centred(scores, TextStyle.SMALL, c.inner()));
        return c;
    }
}
