package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/** `unresolved-reference`: maps it accepts and maps it reports, with what it says and where. */
class UnresolvedReferenceRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("every name declared", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  personas buyer\n  opportunity o \"O\" { addresses pay owner @shop }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      next end\n    }\n  }\n}\n", "persona buyer \"Buyer\" { }\n"),
                RuleTester.invalid("a persona nobody declared", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  personas buyer\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:12 persona `buyer` is not declared in this workspace"),
                RuleTester.invalid("a `next` step with a typo", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      next py\n    }\n  }\n}\n", "9:12 no step `py` in this journey"),
                RuleTester.invalid("`addresses` names an opportunity", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses o owner @shop }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:33 `o` in this journey is an opportunity, but an opportunity addresses a pain, step or stage"),
                RuleTester.invalid("another journey that does not exist", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { addresses chekout.pay owner @shop }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:33 journey `chekout` is not declared in this workspace"),
                RuleTester.invalid("a team escalating to nobody", List.of("journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "team @shop \"Shop\" { members @dana escalates-to @boss }\n"), "1:48 team @shop escalates to @boss, which is not a declared team"),
                RuleTester.invalid("a step expanding an unknown journey", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n      expands nowhere\n    }\n  }\n}\n", "9:15 step `pay` expands journey `nowhere`, which is not declared"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("unresolved-reference", c);
    }
}
