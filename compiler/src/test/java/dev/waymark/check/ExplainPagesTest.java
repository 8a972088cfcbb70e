package dev.waymark.check;

import dev.waymark.model.RuleId;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule's `waymark explain` page has the sections a newcomer needs, and the examples on
 * the pages are true: the first ```journey block fires the rule, the second (the fix) does not.
 */
class ExplainPagesTest {
    private static final Pattern BLOCK = Pattern.compile("```(journey|yaml)\\n(.*?)```", Pattern.DOTALL);
    private static final List<String> BUILT_IN = List.of("syntax", "duplicate-id", "unresolved-reference", "expansion-cycle", "invalid-value",
            "missing-owner", "unknown-owner", "missing-review", "stale-review", "review-due-soon", "review-in-future",
            "opportunity-overdue", "missing-emotion", "missing-evidence", "no-objective", "too-complex",
            "pain-without-opportunity", "empty-stage", "unused-persona", "unreachable-step", "priority-gap",
            "suppression-reason", "unused-suppression");

    @Test
    void everyLoadedRuleHasAPageWithTheSectionsANewcomerNeeds() {
        Rules rules = Rules.load();
        assertThat(rules.ids()).containsAll(BUILT_IN);
        for (Rule rule : rules.all()) {
            String page = rule.explanation();
            assertThat(page).as(rule.id()).startsWith("# " + rule.id() + " (" + rule.defaultSeverity().label() + ")")
                    .contains("\n## What it checks\n", "\n## Why it matters\n", "\n## Example\n")
                    .containsAnyOf("waymark.yaml", "waymark-ignore");
        }
    }

    @TestFactory
    Stream<DynamicTest> theExampleOnEachPageFiresTheRuleAndItsFixDoesNot() {
        return BUILT_IN.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            String page = Rules.load().find(RuleId.of(id)).orElseThrow().explanation();
            String example = page.substring(page.indexOf("\n## Example\n"));
            example = example.substring(0, example.indexOf("\n## ", 2));
            List<String> journeys = new ArrayList<>();
            Policy policy = Policy.defaults();
            Matcher m = BLOCK.matcher(example);
            while (m.find()) {
                if (m.group(1).equals("yaml")) policy = Fixture.policy(m.group(2));
                else journeys.add(m.group(2));
            }
            assertThat(journeys).as("a firing example and its fix").hasSize(2);
            assertThat(rules(policy, journeys.get(0))).as("the example fires").contains(id);
            assertThat(rules(policy, journeys.get(1))).as("the fix does not").doesNotContain(id);
            if (!id.equals("syntax")) assertThat(rules(policy, journeys.get(1))).as("the fix parses").doesNotContain("syntax");
        }));
    }

    private static List<String> rules(Policy policy, String text) {
        return Fixture.check(policy, text).diagnostics().stream().map(d -> d.rule().id()).toList();
    }
}
