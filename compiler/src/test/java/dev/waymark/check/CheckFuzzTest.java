package dev.waymark.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waymark.Waymark;
import dev.waymark.config.Policy;
import dev.waymark.fuzz.Companion;
import dev.waymark.fuzz.FuzzAssertions;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.SourceParser;

import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of `check` (Jazzer): the fuzzed file beside a well-formed one it may
 * reference or clash with. Every rule runs; no exception, every diagnostic inside a checked file.
 */
class CheckFuzzTest {
    private static final Rules RULES = Rules.load();

    @FuzzTest(maxDuration = "10m")
    void check(byte[] bytes) {
        Workspace ws = new Workspace(List.of(SourceParser.parse(FuzzAssertions.FILE, bytes), Companion.parsed()));
        Waymark.CheckRequest request = new Waymark.CheckRequest(List.of(), null, Policy.defaults(), Companion.AS_OF,
                ChangeHistory.NONE, RULES);
        CheckResult result = Waymark.check(ws, request);
        FuzzAssertions.insideTheirFiles(result.diagnostics(), Map.of(FuzzAssertions.FILE, bytes, Companion.FILE, Companion.BYTES));
    }
}
