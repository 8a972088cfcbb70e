package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `suppression-reason`: maps it accepts and maps it reports, with what it says and where. */
class SuppressionReasonRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("a suppression with its reason", "// waymark-ignore no-objective -- a scratch map\njourney checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("a suppression without reason", "// waymark-ignore no-objective\njourney checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "1:1 this `waymark-ignore` gives no reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("suppression-reason", c);
    }
}
