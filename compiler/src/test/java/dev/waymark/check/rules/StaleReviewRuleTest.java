package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `stale-review`: maps it accepts and maps it reports, with what it says and where. */
class StaleReviewRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("reviewed within the cadence", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("past the default cadence of 90 days", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-01-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "3:3 the review of journey `checkout` is stale"),
                RuleTester.valid("a longer cadence of its own", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-01-01 by @dana\n  objective \"Pay without surprises\"\n  review every 1y\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("stale-review", c);
    }
}
