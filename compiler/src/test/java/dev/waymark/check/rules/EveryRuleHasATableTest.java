package dev.waymark.check.rules;

import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One table of valid and invalid cases per rule: a rule added without one fails here. */
class EveryRuleHasATableTest {
    @Test
    void eachBuiltInRuleHasItsOwnTestClass() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rules.load().all()) {
            if (!rule.getClass().getPackageName().equals("dev.waymark.check.rules")) continue;
            String name = rule.getClass().getName() + "Test";
            try {
                Class.forName(name);
            } catch (ClassNotFoundException e) {
                missing.add(rule.id() + " (" + name + ")");
            }
        }
        assertThat(missing).as("rules without a table").isEmpty();
    }
}
