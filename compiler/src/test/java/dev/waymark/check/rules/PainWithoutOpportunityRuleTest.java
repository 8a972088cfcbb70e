package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `pain-without-opportunity`: maps it accepts and maps it reports, with what it says and where. */
class PainWithoutOpportunityRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("a low pain needs none", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity low\n    }\n  }\n}\n"),
                RuleTester.valid("addressed by its id", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses slow owner @shop }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity high\n    }\n  }\n}\n"),
                RuleTester.valid("addressed through its step", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses pay owner @shop }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity high\n    }\n  }\n}\n"),
                RuleTester.valid("addressed through its stage", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses buy owner @shop }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity high\n    }\n  }\n}\n"),
                RuleTester.valid("a done opportunity still addresses", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses slow owner @shop status done }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity high\n    }\n  }\n}\n"),
                RuleTester.valid("addressed from another journey", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity high\n    }\n  }\n}\n", "journey later \"Later\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses checkout.slow owner @shop }\n  stage b2 \"Buy\" {\n    step p2 \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("nothing addresses it", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity high\n    }\n  }\n}\n", "9:12 the high pain `slow` in step `pay` has no opportunity to fix it"),
                RuleTester.invalid("only a dropped opportunity addresses it", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses slow owner @shop status dropped }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain slow \"Slow page\" severity high\n    }\n  }\n}\n", "10:12 the high pain `slow`"),
                RuleTester.invalid("a critical pain without id", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      pain \"Crashes\" severity critical\n    }\n  }\n}\n", "9:7 the critical pain \"Crashes\" in step `pay`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("pain-without-opportunity", c);
    }
}
