package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `unused-suppression`: maps it accepts and maps it reports, with what it says and where. */
class UnusedSuppressionRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("the suppression silences a finding", "// waymark-ignore no-objective -- a scratch map\njourney checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("nothing to silence", "// waymark-ignore no-objective -- a scratch map\njourney checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "1:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("unused-suppression", c);
    }
}
