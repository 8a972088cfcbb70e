package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `syntax`: maps it accepts and maps it reports, with what it says and where. */
class SyntaxRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("a healthy map", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("an unclosed journey", "journey checkout \"Checkout\" {\n  owner @shop\n", "3:1"),
                RuleTester.invalid("an empty file", "", "1:1 this file declares nothing"),
                RuleTester.invalid("a property that does not exist", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  colour blue\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("syntax", c);
    }
}
