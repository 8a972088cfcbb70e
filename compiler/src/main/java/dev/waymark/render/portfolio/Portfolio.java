package dev.waymark.render.portfolio;

import dev.waymark.render.FileNames;
import dev.waymark.render.JourneyView;
import dev.waymark.render.RenderFormat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The view across every rendered journey: the hierarchy, the touchpoint inventory, the pain
 * heatmap, the ranked opportunity backlog, each owner's queue and the metrics. Built once per
 * render from the journey views (which carry the bound facts: effective owners, review
 * status, addressed-by) and written as `portfolio.json`, as pages and as CSV. Every list has
 * a documented order (docs/render.md, "The portfolio"), so the same workspace gives the same
 * bytes.
 */
public record Portfolio(LocalDate asOf, List<Tree.Node> hierarchy, List<Touchpoints.Channel> touchpoints,
                       List<Heatmap.Row> pains, List<Backlog.Item> backlog, List<Backlog.Item> closed,
                       List<Queue.Owner> owners, List<Metrics.Row> metrics, Map<String, JourneyView> byId,
                       Function<String, String> fileBase) {

    /** With each journey's files named by its id as it is (FileNames.base). */
    public static Portfolio of(List<JourneyView> views, LocalDate asOf) {
        return of(views, asOf, FileNames::base);
    }

    /** `fileBase`: the base of a journey's file names in this render (the site's FileNames), for the pages' links. */
    public static Portfolio of(List<JourneyView> views, LocalDate asOf, Function<String, String> fileBase) {
        List<Tree.Node> tree = Tree.of(views);
        List<JourneyView> ordered = tree.stream().map(Tree.Node::view).toList();
        Backlog backlog = Backlog.of(ordered, asOf);
        Map<String, JourneyView> byId = new LinkedHashMap<>();
        for (JourneyView v : ordered) byId.putIfAbsent(v.id(), v);
        return new Portfolio(asOf, tree, Touchpoints.of(ordered), Heatmap.of(ordered), backlog.open(), backlog.closed(),
                Queue.of(ordered, backlog, asOf), Metrics.of(ordered), Collections.unmodifiableMap(byId), fileBase);
    }

    /** A journey's file in a format: `<base>.html`, `<base>.svg`. */
    public String file(RenderFormat format, String journey) {
        return format.fileName(fileBase.apply(journey));
    }

    /** A rendered journey's title, or the id when it is not in the portfolio. */
    public String title(String journey) {
        JourneyView v = byId.get(journey);
        return v == null ? journey : v.journey().displayTitle();
    }

    public String stageTitle(String journey, String stage) {
        JourneyView v = byId.get(journey);
        if (v == null) return stage;
        return v.journey().stages().stream().filter(s -> s.id().equals(stage)).findFirst().map(s -> s.displayTitle()).orElse(stage);
    }

    /** The journeys in hierarchy order. */
    public List<JourneyView> journeys() {
        return hierarchy.stream().map(Tree.Node::view).toList();
    }
}
