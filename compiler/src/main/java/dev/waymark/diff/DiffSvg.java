package dev.waymark.diff;

import dev.waymark.render.Palette;
import dev.waymark.render.TextStyle;
import dev.waymark.render.TextWrap;
import dev.waymark.render.XmlText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The diff as a picture: for each journey with changes, its new map (stages as columns, steps
 * as boxes) with every added, changed, moved, renamed and removed stage and step marked by
 * colour, a word and (removed) a dashed, struck-through ghost where it used to stand; the
 * changes that have no box (the journey's own fields, opportunities, personas, teams) listed
 * below; a legend on top. Text is measured and wrapped as on the journey maps
 * ({@link TextWrap}, DejaVu Sans advance widths) and the colours are the map's {@link Palette}.
 */
public final class DiffSvg {
    private static final double PAD = 20;
    private static final double COL = 200;
    private static final double GAP = 14;
    private static final double INNER = 8;
    private static final int LIST_MAX = 25;
    private static final List<DiffMark> LEGEND = List.of(DiffMark.ADDED, DiffMark.CHANGED, DiffMark.MOVED,
            DiffMark.RENAMED, DiffMark.REMOVED, DiffMark.UNCHANGED);

    private static final TextStyle HEADING = new TextStyle(18, true, false, Palette.INK);
    private static final TextStyle TOTALS = new TextStyle(12, false, false, Palette.MUTED);
    private static final TextStyle NOTHING = new TextStyle(14, false, false, Palette.INK);
    private static final TextStyle JOURNEY = new TextStyle(15, true, false, Palette.INK);
    private static final TextStyle SECTION = new TextStyle(13, true, false, Palette.INK);
    private static final TextStyle LINE = new TextStyle(11, false, false, Palette.INK);
    private static final TextStyle LINE_BREAKING = new TextStyle(11, true, false, Palette.INK);
    private static final TextStyle NOTE = new TextStyle(11, false, false, Palette.MUTED);
    private static final TextStyle BADGE = new TextStyle(9, true, false, Palette.INK);
    private static final TextStyle ID = new TextStyle(10, false, false, Palette.MUTED);
    private static final TextStyle DETAIL = new TextStyle(10, false, false, Palette.INK);
    private static final TextStyle TITLE = new TextStyle(12, false, false, Palette.INK);

    private final DiffPicture scene = new DiffPicture();
    private double width = 640;

    private DiffSvg() {
    }

    public static String render(DiffReport report) {
        return layout(report).svg();
    }

    /** The laid-out picture, before it is written: what tests measure. */
    static Picture layout(DiffReport report) {
        return new DiffSvg().draw(report);
    }

    record Picture(DiffPicture scene, double width, double height, String title) {
        String svg() {
            return scene.write(width, height, title);
        }
    }

    private Picture draw(DiffReport report) {
        double y = PAD;
        scene.text(PAD, y, "Journey map changes", HEADING);
        y += 28;
        String totals = report.count(Level.BREAKING) + " breaking · " + report.count(Level.NOTABLE) + " notable · "
                + report.count(Level.INFO) + " info · review status as of " + report.asOf();
        scene.text(PAD, y, totals, TOTALS);
        y += 24;
        y = legend(y);
        if (report.isEmpty()) {
            scene.text(PAD, y, "No semantic changes.", NOTHING);
            y += 30;
        }
        for (DiffReport.Group g : report.groups()) {
            y = g.journey().isPresent() ? journey(report, g, y) : list("Personas and teams", g.changes(), y);
        }
        return new Picture(scene, width, y + PAD, "Journey map changes: " + totals);
    }

    private double legend(double y) {
        double x = PAD;
        for (DiffMark m : LEGEND) {
            String label = m == DiffMark.UNCHANGED ? "unchanged" : m.label.toLowerCase(java.util.Locale.ROOT)
                    + (m == DiffMark.REMOVED ? " (ghost, struck)" : "");
            scene.add(box(x, y, 26, 16, m));
            if (m == DiffMark.REMOVED) scene.add(new DiffPicture.Rule(x + 4, y + 8, x + 22, y + 8, Palette.MUTED, 1.2));
            scene.text(x + 32, y + 1, label, LINE);
            x += 32 + LINE.width(label) + 18;
        }
        width = Math.max(width, x + PAD);
        return y + 32;
    }

    private double journey(DiffReport report, DiffReport.Group g, double y) {
        String id = g.journey().get();
        Optional<MapOutline> outline = report.map(id);
        String heading = "journey " + id + g.title().filter(t -> !t.equals(id)).map(t -> " — " + t).orElse("");
        for (String line : wrap(heading, JOURNEY, Math.max(width, 600) - 2 * PAD, 2)) {
            scene.text(PAD, y, line, JOURNEY);
            y += 20;
        }
        scene.text(PAD, y, DiffText.counts(g.changes()), NOTE);
        y += 22;
        Marks marks = new Marks(g.changes(), journeyMark(g));
        double bottom = y;
        if (outline.isPresent()) {
            double x = PAD;
            for (MapOutline.Stage stage : outline.get().stages()) {
                double cy = element(x, y, stage.id(), stage.title(), stage.removed(), marks.of(stage.id(), true), true);
                for (MapOutline.Step step : stage.steps()) {
                    cy = element(x + 8, cy + 8, step.id(), step.title(), step.removed() || stage.removed(),
                            marks.of(step.id(), false), false);
                }
                bottom = Math.max(bottom, cy);
                x += COL + GAP;
            }
            width = Math.max(width, x - GAP + PAD);
        }
        List<Change> rest = g.changes().stream().filter(c -> !Marks.drawn(c)).toList();
        return rest.isEmpty() ? bottom + 28 : list("Other changes", rest, bottom + 18);
    }

    /** An added or removed journey marks everything in it. */
    private static Optional<DiffMark> journeyMark(DiffReport.Group g) {
        for (Change c : g.changes()) {
            if (c.element() != ElementKind.JOURNEY) continue;
            if (c.change() == ChangeKind.ADDED) return Optional.of(DiffMark.ADDED);
            if (c.change() == ChangeKind.REMOVED) return Optional.of(DiffMark.REMOVED);
        }
        return Optional.empty();
    }

    /** One stage header or step box; returns its bottom edge. */
    private double element(double x, double y, String id, Optional<String> title, boolean removed, Mark mark, boolean stage) {
        DiffMark m = removed ? DiffMark.REMOVED : mark.mark();
        double w = stage ? COL : COL - 16;
        double text = w - 2 * INNER;
        String badge = m.label + (mark.breaking() ? " · BREAKING" : "");
        TextStyle titleStyle = new TextStyle(TITLE.size(), stage, false, m == DiffMark.REMOVED ? Palette.MUTED : Palette.INK);
        List<String> titleLines = wrap(title.orElse(id), titleStyle, text, stage ? 2 : 3);
        List<String> idLines = wrap((stage ? "stage " : "") + id, ID, text, 1);
        List<String> detail = m == DiffMark.UNCHANGED || m == DiffMark.REMOVED || mark.detail().isEmpty() ? List.of()
                : wrap(mark.detail(), DETAIL, text, 3);
        double h = INNER + (badge.isEmpty() ? 0 : 18) + titleLines.size() * titleStyle.lineHeight()
                + (idLines.size() + detail.size()) * ID.lineHeight() + INNER;
        DiffPicture.Box box = box(x, y, w, h, m);
        scene.add(stage && m == DiffMark.UNCHANGED
                ? new DiffPicture.Box(x, y, w, h, Palette.LIGHT_GREY, DiffMark.UNCHANGED.stroke, 1, null, 1) : box);
        double ty = y + INNER;
        if (!badge.isEmpty()) {
            double bw = BADGE.width(badge) + 10;
            scene.add(new DiffPicture.Box(x + INNER, ty, bw, 14, m.stroke, null, 0, null, 1));
            scene.text(x + INNER + 5, ty + 1, badge, BADGE);
            ty += 18;
        }
        for (String line : titleLines) {
            scene.add(new DiffPicture.Label(x + INNER, ty, line, titleStyle, m == DiffMark.REMOVED));
            ty += titleStyle.lineHeight();
        }
        for (String line : idLines) {
            scene.text(x + INNER, ty, line, ID);
            ty += ID.lineHeight();
        }
        for (String line : detail) {
            scene.text(x + INNER, ty, line, DETAIL);
            ty += DETAIL.lineHeight();
        }
        return y + h;
    }

    /** Text wrapped to `width` in `style`, at most `maxLines` lines, the last one cut with an ellipsis. */
    private static List<String> wrap(String text, TextStyle style, double width, int maxLines) {
        return TextWrap.lines(XmlText.oneLine(text), style.size(), style.bold(), width, maxLines);
    }

    private static DiffPicture.Box box(double x, double y, double w, double h, DiffMark m) {
        boolean plain = m == DiffMark.UNCHANGED;
        return new DiffPicture.Box(x, y, w, h, m.fill, m.stroke, plain ? 1 : 2, m.dash, m == DiffMark.REMOVED ? 0.85 : 1);
    }

    /** Changes without a box of their own, one wrapped line each, at most {@value #LIST_MAX}. */
    private double list(String heading, List<Change> changes, double y) {
        scene.text(PAD, y, heading, SECTION);
        y += 20;
        double max = Math.max(width, 600) - 2 * PAD;
        int shown = 0;
        for (Change c : changes) {
            if (shown == LIST_MAX) {
                scene.text(PAD, y, "… and " + (changes.size() - LIST_MAX) + " more (see the markdown or JSON report)", NOTE);
                y += 16;
                break;
            }
            String line = "[" + c.level().label() + "] " + c.element().label() + " " + c.id() + ": " + DiffText.oneLine(c.summary());
            TextStyle style = c.level() == Level.BREAKING ? LINE_BREAKING : LINE;
            for (String l : wrap(line, style, max, 2)) {
                scene.text(PAD, y, l, style);
                y += 15;
            }
            shown++;
        }
        return y + 16;
    }

    /** What a stage or step box shows: its mark, whether something breaking happened to it, and which fields changed. */
    record Mark(DiffMark mark, boolean breaking, String detail) {
    }

    /** The marks of one journey's stages and steps, from its changes (pains, metrics and flow count for their step). */
    static final class Marks {
        private final Map<String, List<Change>> stages = new LinkedHashMap<>();
        private final Map<String, List<Change>> steps = new LinkedHashMap<>();
        private final Optional<DiffMark> whole;

        Marks(List<Change> changes, Optional<DiffMark> whole) {
            this.whole = whole;
            for (Change c : changes) {
                if (c.element() == ElementKind.STAGE) stages.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
                else if (c.element() == ElementKind.STEP) steps.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
                else if (drawn(c)) steps.computeIfAbsent(c.parent().get(), k -> new ArrayList<>()).add(c);
            }
        }

        /** True when the change shows on a box (a stage, a step, or a pain, metric or flow edge of a step). */
        static boolean drawn(Change c) {
            switch (c.element()) {
                case STAGE:
                case STEP:
                    return true;
                case PAIN:
                case METRIC:
                case FLOW:
                    return c.parent().isPresent();
                default:
                    return false;
            }
        }

        Mark of(String id, boolean stage) {
            if (whole.isPresent()) return new Mark(whole.get(), false, "");
            List<Change> list = (stage ? stages : steps).getOrDefault(id, List.of());
            DiffMark mark = DiffMark.UNCHANGED;
            Set<String> detail = new LinkedHashSet<>();
            boolean breaking = false;
            for (Change c : list) {
                breaking |= c.level() == Level.BREAKING;
                DiffMark m = markOf(c);
                mark = mark.max(m);
                if (c.change() == ChangeKind.RENAMED) detail.add("was " + c.before().orElse("?"));
                else if (c.change() == ChangeKind.MOVED && "stage".equals(c.field().orElse(""))) detail.add("from stage " + c.before().orElse("?"));
                else if (c.change() == ChangeKind.MOVED) detail.add("position " + c.before().orElse("?") + " → " + c.after().orElse("?"));
                else if (c.element() == ElementKind.FLOW) detail.add("next");
                else if (c.element() == ElementKind.PAIN || c.element() == ElementKind.METRIC) detail.add(c.element().label());
                else if (c.change() == ChangeKind.CHANGED) detail.add(c.field().orElse(""));
            }
            return new Mark(mark, breaking, String.join(", ", detail));
        }

        private static DiffMark markOf(Change c) {
            boolean own = c.element() == ElementKind.STAGE || c.element() == ElementKind.STEP;
            if (!own) return DiffMark.CHANGED;
            switch (c.change()) {
                case ADDED:
                    return DiffMark.ADDED;
                case REMOVED:
                    return DiffMark.REMOVED;
                case RENAMED:
                    return DiffMark.RENAMED;
                case MOVED:
                    return DiffMark.MOVED;
                default:
                    return DiffMark.CHANGED;
            }
        }
    }
}
