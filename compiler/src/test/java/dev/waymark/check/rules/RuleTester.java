package dev.waymark.check.rules;

import dev.waymark.check.Fixture;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ESLint's RuleTester for Waymark: a rule's table of valid maps (the rule says nothing) and
 * invalid ones (the rule says exactly these things, each as `line:column text`, where the text
 * is the start of the message). Each case runs the whole checker, so what a case expects is
 * what a user sees, suppressions and knock-on filtering included.
 */
final class RuleTester {
    private RuleTester() {
    }

    /** One row of a rule's table. */
    record Case(String name, List<String> files, Policy policy, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }

        Case with(Policy other) {
            return new Case(name, files, other, expected);
        }
    }

    static Case valid(String name, String... files) {
        return new Case(name, List.of(files), Policy.defaults(), List.of());
    }

    static Case invalid(String name, String file, String... expected) {
        return new Case(name, List.of(file), Policy.defaults(), List.of(expected));
    }

    static Case invalid(String name, List<String> files, String... expected) {
        return new Case(name, files, Policy.defaults(), List.of(expected));
    }

    static void run(String rule, Case c) {
        List<Diagnostic> all = Fixture.check(c.policy(), c.files().toArray(String[]::new)).diagnostics();
        List<Diagnostic> mine = all.stream().filter(d -> d.rule().id().equals(rule)).toList();
        String shown = String.join("\n", mine.stream().map(RuleTester::line).toList());
        assertThat(mine).as(c.name() + ": " + rule + " said\n" + shown).hasSize(c.expected().size());
        for (int i = 0; i < mine.size(); i++) {
            String want = c.expected().get(i);
            assertThat(line(mine.get(i))).as(c.name() + ": " + rule + " said\n" + shown).startsWith(want);
        }
    }

    private static String line(Diagnostic d) {
        return d.span().line() + ":" + d.span().column() + " " + d.message();
    }
}
