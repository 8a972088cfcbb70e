package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `review-due-soon`: maps it accepts and maps it reports, with what it says and where. */
class ReviewDueSoonRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("due in more than two weeks", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("due within two weeks", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-08-30 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "3:3 the review of journey `checkout` falls due on 2026-11-28, in 6 days"),
                RuleTester.valid("a cadence too long to read says nothing", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-08-30 by @dana\n  objective \"Pay without surprises\"\n  review every 9999999999999999999d\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("review-due-soon", c);
    }
}
