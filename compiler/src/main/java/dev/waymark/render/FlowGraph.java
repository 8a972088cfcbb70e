package dev.waymark.render;

import dev.waymark.model.Emotion;
import dev.waymark.model.Lane;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.resolve.FlowEdge;
import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.Color;
import guru.nidi.graphviz.attribute.ForLink;
import guru.nidi.graphviz.attribute.Font;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.Rank;
import guru.nidi.graphviz.attribute.Shape;
import guru.nidi.graphviz.attribute.Style;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;
import static guru.nidi.graphviz.model.Factory.to;

/**
 * The flow of one journey as a Graphviz graph (graphviz-java's model): one cluster per stage,
 * a node per step coloured by its emotion (the score is in the label too), the `next` edges with
 * their shares, cross-journey successors as dashed nodes, and every drop-off as a dashed edge to
 * the exit node of its stage. Node names are synthetic (`s0`, `s1`...) so no user text ever becomes
 * an identifier, and labels are plain strings with backslashes neutralised, so a title cannot
 * smuggle in a Graphviz escape such as `\N`.
 */
public final class FlowGraph {
    static final String FONT = "DejaVu Sans";

    private FlowGraph() {
    }

    public static MutableGraph of(JourneyView view) {
        MutableGraph g = mutGraph("flow").setDirected(true)
                .graphAttrs().add(Rank.dir(Rank.RankDir.LEFT_TO_RIGHT), Font.name(FONT), Font.size(12),
                        Label.of(label(view.journey().displayTitle(), 600)), Rank.sep(0.5))
                .nodeAttrs().add(Font.name(FONT), Font.size(11), Shape.BOX, Style.combine(Style.ROUNDED, Style.FILLED))
                .linkAttrs().add(Font.name(FONT), Font.size(10));
        g.graphAttrs().add("labelloc", "t");
        // the newer ranking copes with edges between clusters that the classic one rejects
        // ("trouble in init_rank" in Graphviz 2.43 on long journeys with skips across stages)
        g.graphAttrs().add("newrank", "true");
        g.graphAttrs().add("nodesep", "0.3");
        Map<String, MutableNode> nodes = new HashMap<>();
        List<Step> steps = view.steps();
        for (int i = 0; i < steps.size(); i++) nodes.putIfAbsent(steps.get(i).id(), node("s" + i, steps.get(i)));
        int stageNo = 0;
        List<MutableGraph> clusters = new ArrayList<>();
        for (Stage stage : view.journey().stages()) {
            stageNo++;
            MutableGraph cluster = mutGraph("stage" + stageNo).setCluster(true)
                    .graphAttrs().add(Label.of(label(stageNo + " · " + stage.displayTitle(), 260)), Style.FILLED,
                            Color.rgb("f5f7fa").fill(), Color.rgb("c9d1db"));
            cluster.graphAttrs().add("labeljust", "l");
            for (Step s : stage.steps()) cluster.add(nodes.get(s.id()));
            g.add(cluster);
            clusters.add(cluster);
        }
        // Edges are stated at the top level between name-only nodes: in DOT an edge inside a
        // cluster pulls its target into that cluster.
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) names.putIfAbsent(steps.get(i).id(), "s" + i);
        Map<String, String> external = new LinkedHashMap<>();
        for (FlowEdge e : view.flow()) {
            String from = names.get(e.fromStep());
            if (from == null) continue;
            String to = e.toJourney().equals(view.id()) ? names.get(e.toStep()) : null;
            if (to == null) {
                String key = e.toJourney() + "." + e.toStep();
                to = external.get(key);
                if (to == null) {
                    to = "x" + external.size();
                    external.put(key, to);
                    g.add(mutNode(to).add(Label.of(label(key, 160)), Style.combine(Style.ROUNDED, Style.DASHED), Color.rgb("555555")));
                }
            }
            List<Attributes<? extends ForLink>> attrs = new ArrayList<>();
            e.share().ifPresent(s -> attrs.add(Label.of(label(s.text(), 100))));
            if (!e.explicit()) attrs.add(Color.rgb("777777"));
            g.add(mutNode(from).addLink(to(mutNode(to)).with(attrs)));
        }
        // one exit node per stage, inside its cluster: a single exit for a whole long journey
        // drags every drop-off edge across the map (and dot's layout time with it)
        int stageIndex = 0;
        for (Stage stage : view.journey().stages()) {
            stageIndex++;
            String exit = "exit" + stageIndex;
            boolean any = false;
            for (Step s : stage.steps()) {
                if (s.dropoff().isEmpty() || names.get(s.id()) == null) continue;
                if (!any) {
                    clusters.get(stageIndex - 1).add(mutNode(exit).add(Label.of("Drop-off"), Shape.DOUBLE_OCTAGON, Style.FILLED,
                            Color.rgb("fbe3d4").fill(), Color.rgb("d55e00")));
                    any = true;
                }
                var d = s.dropoff().get();
                String text = d.share().text() + d.reason().map(r -> " " + r).orElse("");
                g.add(mutNode(names.get(s.id())).addLink(to(mutNode(exit)).with(Label.of(label(text, 140)),
                        Style.DASHED, Color.rgb("d55e00"), Color.rgb("a44800").font())));
            }
        }
        return g;
    }

    private static MutableNode node(String name, Step step) {
        Optional<Emotion> e = step.emotion();
        String text = label(step.displayTitle(), 170);
        if (e.isPresent()) {
            text += "\n" + ScoreText.signed(e.get().score()) + e.get().label().map(l -> " " + label(l, 150)).orElse("");
        }
        String fill = e.map(x -> Palette.emotion(x.score().value())).orElse(Palette.WHITE).substring(1);
        String font = e.map(x -> Palette.onEmotion(x.score().value())).orElse(Palette.INK).substring(1);
        MutableNode n = mutNode(name).add(Label.of(text), Color.rgb(fill).fill(), Color.rgb(font).font(), Color.rgb("5c6773"));
        if (!step.inLane(Lane.CUSTOMER)) n.add(Style.combine(Style.ROUNDED, Style.FILLED, Style.DASHED));
        return n;
    }

    /**
     * Label text for DOT: cleaned like all user text, wrapped to about `width` points with
     * real line breaks, and with `\` replaced by a look-alike so DOT escapes (`\N`, `\G`, `\l`)
     * cannot be formed.
     */
    static String label(String text, double width) {
        String clean = XmlText.clean(text).replace('\\', '⧵');
        return String.join("\n", TextWrap.lines(clean, 11, false, width));
    }
}
