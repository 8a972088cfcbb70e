package dev.waymark.lsp;

import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckContext;
import dev.waymark.check.Checker;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After every edit, the incremental check says exactly what a full check says, having looked at fewer files. */
class IncrementalCheckTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    final Rules rules = Rules.load();
    final IncrementalCheck incremental = new IncrementalCheck(rules);
    final Map<String, ParseResult> files = new LinkedHashMap<>();

    static String journey(String id, String extra) {
        return "journey " + id + " \"" + id + "\" {\n  owner @team\n  reviewed 2026-11-20 by @team\n  stage s \"S\" {\n"
                + "    step a \"A\" { emotion 1 }\n    step b \"B\" { emotion -1\n      pain p \"Slow\"\n" + extra + "    }\n  }\n}\n";
    }

    void put(String path, String text) {
        files.put(path, SourceParser.parse(path, text.getBytes(StandardCharsets.UTF_8)));
    }

    void assertSameAsFullCheck() {
        Workspace ws = new Workspace(new ArrayList<>(files.values()));
        List<?> full = Checker.run(new CheckContext(ws, Policy.defaults(), AS_OF, ChangeHistory.NONE), rules);
        assertThat(incremental.check(ws, Policy.defaults(), AS_OF)).isEqualTo(full);
    }

    @Test
    void eachEditRechecksTheFilesItAffectsAndAgreesWithAFullCheck() {
        put("teams.journey", "team @team \"Team\" {\n  members @dana\n}\npersona buyer \"Buyer\" {\n}\n");
        for (int i = 0; i < 20; i++) put("j" + i + ".journey", journey("j" + i, ""));
        put("fixer.journey", journey("fixer", "").replace("}\n}\n", "}\n  opportunity o \"O\" {\n    addresses j3.p\n  }\n}\n"));
        assertSameAsFullCheck();
        assertThat(incremental.lastChecked()).isEqualTo(22);

        put("j7.journey", journey("j7", "      next nowhere\n"));
        assertSameAsFullCheck();
        assertThat(incremental.lastChecked()).isEqualTo(1);

        // j3 is addressed from fixer: both are looked at again, and only they
        put("j3.journey", journey("j3", "").replace("pain p", "pain q"));
        assertSameAsFullCheck();
        assertThat(incremental.lastChecked()).isEqualTo(2);
        put("j3.journey", journey("j3", ""));
        assertSameAsFullCheck();

        // a duplicate id is a whole-workspace fact, found at once
        put("j9.journey", journey("j8", ""));
        assertSameAsFullCheck();
        files.remove("j9.journey");
        assertSameAsFullCheck();

        // a persona no journey names is removed: the teams file, and j7 (its did-you-mean reads every name)
        put("teams.journey", "team @team \"Team\" {\n  members @dana\n}\n");
        assertSameAsFullCheck();
        assertThat(incremental.lastChecked()).isEqualTo(2);
        put("j1.journey", journey("j1", "").replace("step a", "step a2"));
        assertSameAsFullCheck();
        assertThat(incremental.lastChecked()).isEqualTo(1);

        // the owner's team renamed: every journey it owns is looked at again
        put("teams.journey", "team @crew \"Crew\" {\n  members @dana\n}\n");
        assertSameAsFullCheck();
        assertThat(incremental.lastChecked()).isEqualTo(files.size());
        put("teams.journey", "team @team \"Team\" {\n  members @dana\n}\n");
        assertSameAsFullCheck();
    }

    @Test
    void aTeamsEscalationIsReportedOnceWhenOtherFilesAreCheckedAgain() {
        put("teams.journey", "team @team \"Team\" {\n  members @dana\n  escalates-to @nobody\n}\n");
        for (int i = 0; i < 3; i++) put("j" + i + ".journey", journey("j" + i, ""));
        assertSameAsFullCheck();
        put("j1.journey", journey("j1", "      next nowhere\n"));
        assertSameAsFullCheck();
        assertThat(incremental.lastChecked()).isEqualTo(1);
        put("j2.journey", journey("j2", "      emotion 9\n"));
        assertSameAsFullCheck();
    }
}
