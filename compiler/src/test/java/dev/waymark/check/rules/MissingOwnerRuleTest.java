package dev.waymark.check.rules;

import dev.waymark.check.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `missing-owner`: maps it accepts and maps it reports, with what it says and where. */
class MissingOwnerRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("steps inherit the journey's owner", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("a step owned through its stage: only the journey lacks one", "journey checkout \"Checkout\" {\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    owner @shop\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "1:9 journey `checkout` has no owner"),
                RuleTester.invalid("a journey without owner: the journey, and the step that inherits nothing", "journey checkout \"Checkout\" {\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "1:9 journey `checkout` has no owner", "5:10 step `pay` has no owner: neither the step, its stage `buy` nor journey `checkout` names one"),
                RuleTester.invalid("an opportunity does not inherit", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity o \"O\" { }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:15 opportunity `o` has no owner"),
                RuleTester.invalid("owners.explicit asks every stage", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:9 stage `buy` has no owner of its own").with(Fixture.policy("owners:\n  explicit: [journey, stage]\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("missing-owner", c);
    }
}
