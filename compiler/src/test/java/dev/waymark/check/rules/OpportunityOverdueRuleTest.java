package dev.waymark.check.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** `opportunity-overdue`: maps it accepts and maps it reports, with what it says and where. */
class OpportunityOverdueRuleTest {
    static Stream<RuleTester.Case> cases() {
        return Stream.of(
                RuleTester.valid("due later, or done, or dropped", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity a \"A\" { owner @shop due 2027-01-01 status planned }\n  opportunity b \"B\" { owner @shop due 2026-01-01 status done }\n  opportunity c \"C\" { owner @shop due 2026-01-01 status dropped }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n"),
                RuleTester.invalid("due in the past and still planned", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity a \"A\" { owner @shop due 2026-10-01 status planned }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:39 opportunity `a` was due on 2026-10-01 and is still planned as of 2026-11-22"),
                RuleTester.invalid("due in the past without status", "journey checkout \"Checkout\" {\n  owner @shop\n  reviewed 2026-11-01 by @dana\n  objective \"Pay without surprises\"\n  opportunity a \"A\" { owner @shop due 2026-10-01 }\n  stage buy \"Buy\" {\n    step pay \"Pays\" {\n      emotion +1\n      evidence \"Exit survey\"\n    }\n  }\n}\n", "5:39 opportunity `a` was due on 2026-10-01 and has no status saying it is done"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void table(RuleTester.Case c) {
        RuleTester.run("opportunity-overdue", c);
    }
}
