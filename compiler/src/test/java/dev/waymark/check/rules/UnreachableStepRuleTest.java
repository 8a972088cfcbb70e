package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `unreachable-step`: maps it accepts and maps it reports, with what it says and where. */
class UnreachableStepRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("the default flow reaches every step", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n    step ship \"Ships\" { emotion 0\n    }\n  }\n}\n"),
                RuleTester.invalid("a step after `next end`", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      next end\n    }\n    step ship \"Ships\" { emotion 0\n    }\n  }\n}\n", "11:10 no path from the first step `pay` of journey `checkout` reaches step `ship`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("unreachable-step", c);
    }
}
