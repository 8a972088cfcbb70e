package dev.waymark.check.rules;

import dev.waymark.check.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `too-complex`: maps it accepts and maps it reports, with what it says and where. */
class TooComplexRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("within the limits", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("a stage past its limit", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n    step two \"Two\" { emotion 0 }\n    step three \"Three\" { emotion 0\n    }\n  }\n}\n", "5:9 stage `buy` has 3 steps, more than the limit of 2").with(Fixture.policy("limits:\n  stepsPerStage: 2\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("too-complex", c);
    }
}
