package dev.waymark.syntax;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waymark.fuzz.FuzzAssertions;

import java.util.Map;

/**
 * Coverage-guided fuzzing of the parser (Jazzer): any bytes give diagnostics inside the file,
 * never an exception or a hang. `mvn verify` replays the corpus in ParserFuzzTestInputs/;
 * a campaign: `scripts/fuzz.sh ParserFuzzTest 10m` (docs/language.md, "Fuzzing").
 */
class ParserFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void parse(byte[] bytes) {
        ParseResult r = SourceParser.parse(FuzzAssertions.FILE, bytes);
        FuzzAssertions.insideTheirFiles(r.diagnostics(), Map.of(FuzzAssertions.FILE, bytes));
    }
}
