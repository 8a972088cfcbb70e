package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `missing-emotion`: maps it accepts and maps it reports, with what it says and where. */
class MissingEmotionRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("a customer step with emotion, a backstage one without", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n    step ship \"Ships\" {\n      lane backstage\n    }\n  }\n}\n"),
                RuleTester.invalid("a customer step without emotion", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "6:10 step `pay` does not say how the customer feels there"),
                RuleTester.invalid("a step without lane is the customer's", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n    step ship \"Ships\" {\n    }\n  }\n}\n", "10:10 step `ship`"),
                RuleTester.valid("an emotion too large to read is invalid-value, not missing", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion 1234567890123456\n      evidence \"Exit survey\"\n    }\n  }\n}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("missing-emotion", c);
    }
}
