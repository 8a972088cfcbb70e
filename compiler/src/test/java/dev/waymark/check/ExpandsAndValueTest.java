package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Hierarchy;
import dev.waymark.resolve.Priority;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `expands` (the journey hierarchy) and `value` (the priority score): valid and invalid cases. */
class ExpandsAndValueTest {

    /** A journey whose one step expands into `target` (or nothing when blank). */
    private static String journey(String id, String... targets) {
        StringBuilder b = new StringBuilder("journey " + id + " {\n  stage s {\n");
        int i = 0;
        for (String t : targets) b.append("    step s").append(i++).append(" { expands ").append(t).append(" }\n");
        if (targets.length == 0) b.append("    step only\n");
        return b.append("  }\n}\n").toString();
    }

    private static List<String> messages(String rule, String... files) {
        return Fixture.diagnostics(files).stream().filter(d -> d.rule().id().equals(rule))
                .map(d -> d.span().line() + ":" + d.span().column() + " " + d.message() + d.help().map(h -> " | " + h).orElse("")).toList();
    }

    @Test
    void expandingIntoDeclaredJourneysIsFineAtAnyDepth() {
        String[] files = {journey("life", "onboard", "use"), journey("onboard", "verify"), journey("use"), journey("verify")};
        assertThat(messages("expansion-cycle", files)).isEmpty();
        assertThat(messages("unresolved-reference", files)).isEmpty();
    }

    @Test
    void anUnknownTargetIsUnresolvedWithTheClosestJourney() {
        assertThat(messages("unresolved-reference", journey("life", "onbord"), journey("onboard")))
                .containsExactly("3:23 step `s0` expands journey `onbord`, which is not declared in this workspace | did you mean `onboard`?");
        assertThat(messages("expansion-cycle", journey("life", "onbord"), journey("onboard"))).isEmpty();
    }

    @Test
    void aCycleIsOneErrorNamingTheWholeCycle() {
        assertThat(messages("expansion-cycle", journey("a", "b"), journey("b", "c"), journey("c", "a"), journey("d", "a")))
                .containsExactly("3:23 journey expansions form a cycle: a → b → c → a"
                        + " | a step expands a more detailed journey; remove `expands a` from step `s0` or break the cycle elsewhere");
    }

    @Test
    void aStepExpandingItsOwnJourneyIsTheShortestCycle() {
        assertThat(messages("expansion-cycle", journey("a", "a"))).hasSize(1)
                .first().asString().startsWith("3:23 step `s0` expands its own journey `a`");
    }

    @Test
    void twoCyclesThroughOneJourneyAreTwoErrors() {
        assertThat(messages("expansion-cycle", journey("a", "b", "c"), journey("b", "a"), journey("c", "a")))
                .extracting(m -> m.substring(0, m.indexOf(" |")))
                .containsExactly("3:23 journey expansions form a cycle: a → b → a", "3:23 journey expansions form a cycle: a → c → a");
    }

    @Test
    void theHierarchyHasRootsLevelsAndChildrenInStepOrderWithoutTheClosingEdge() {
        Workspace ws = workspace(journey("life", "onboard", "use"), journey("onboard", "verify"), journey("use", "verify"),
                journey("verify", "life"), journey("alone"));
        Hierarchy h = ws.hierarchy();
        assertThat(h.roots()).containsExactly("life", "alone");
        assertThat(h.children("life")).extracting(Hierarchy.Expansion::childId).containsExactly("onboard", "use");
        assertThat(h.parents("verify")).extracting(e -> e.parent().id()).containsExactly("onboard", "use");
        assertThat(h.children("verify")).as("the edge that closes the cycle is not in the tree").isEmpty();
        assertThat(List.of(h.level("life"), h.level("onboard"), h.level("verify"), h.level("alone")))
                .extracting(o -> o.orElseThrow()).containsExactly(1, 2, 3, 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "value customer 80% business 40%|",
            "value business 100%|",
            "value customer 0%|",
            "value customer 120% business 40%|the percentage 120% is outside 0%..100%",
            "value customer 80 business 40%|the customer value 80 is not a percentage",
            "value customer 80% business -5%|the percentage -5% is outside 0%..100%",
    })
    void valueIsAPercentageFromZeroToAHundred(String line, String expected) {
        String text = "journey j {\n  stage s { step a }\n  opportunity o {\n    " + line + "\n    effort 2w\n  }\n}\n";
        List<String> found = Fixture.diagnostics(text).stream().filter(d -> d.rule().id().equals("invalid-value")).map(Diagnostic::message).toList();
        if (expected == null) assertThat(found).isEmpty();
        else assertThat(found).containsExactly(expected);
    }

    @Test
    void aZeroEffortCannotBeWeighed() {
        String text = "journey j {\n  stage s { step a }\n  opportunity o { value customer 50% effort 0d }\n}\n";
        assertThat(messages("invalid-value", text)).containsExactly("3:45 an effort of 0d cannot be weighed against value | estimate the effort, e.g. effort 2w");
    }

    @ParameterizedTest(name = "{0} effort {1} -> {2}")
    @CsvSource({
            "customer 80% business 40%, 2w, 30",
            "customer 90%, 3d, 150",
            "business 50%, 1m, 11.9",
            "customer 100% business 100%, 16h, 250",
            "customer 60% business 20%, 1y, 0.8",
    })
    void theScoreIsValuePerWeekOfEffort(String value, String effort, double score) {
        Workspace ws = workspace("journey j {\n  stage s { step a }\n  opportunity o { value " + value + " effort " + effort + " }\n}\n");
        Priority p = Priority.of(ws.journeys().get("j").opportunities().get(0));
        assertThat(Math.round(p.score().orElseThrow() * 10) / 10.0).isEqualTo(score);
    }

    @Test
    void withoutValueOrEffortThereIsNoScore() {
        Workspace ws = workspace("journey j {\n  opportunity a { value customer 50% }\n  opportunity b { effort 2w }\n}\n");
        assertThat(ws.journeys().get("j").opportunities()).extracting(o -> Priority.of(o).score().isPresent()).containsExactly(false, false);
        assertThat(Priority.of(ws.journeys().get("j").opportunities().get(0)).value()).contains(50.0);
    }

    private static Workspace workspace(String... texts) {
        List<ParseResult> parsed = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) parsed.add(SourceParser.parse("f" + i + ".journey", texts[i].getBytes(StandardCharsets.UTF_8)));
        return new Workspace(parsed);
    }
}
