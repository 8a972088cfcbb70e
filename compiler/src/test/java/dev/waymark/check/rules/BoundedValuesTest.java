package dev.waymark.check.rules;

import dev.waymark.check.Fixture;
import dev.waymark.config.Policy;
import dev.waymark.diff.DiffJson;
import dev.waymark.diff.DiffSvg;
import dev.waymark.diff.WorkspaceDiff;
import dev.waymark.format.Formatter;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.SourceText;
import dev.waymark.render.RenderFormat;
import dev.waymark.render.RenderResult;
import dev.waymark.render.Renderer;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every range a value is bounded to when it is read, at its edges: inside, a value is held and no
 * `invalid-value` is said about it; one past, it is `invalid-value` at its span, and check, fmt,
 * render and diff all finish with no NaN or Infinity in what they write.
 */
class BoundedValuesTest {
    private static final String ZEROS_400 = "1" + "0".repeat(400);

    /** `%s` is where the value goes; the rest of the map is healthy enough to render. */
    private static final String MAP = """
            journey j "J" {
              owner @a
              reviewed 2026-10-15 by @a
              review every %s
              metric conversion = %s target %s
              stage s "S" {
                step x "X" {
                  emotion %s -> %s
                  importance customer %s internal 3
                  performance customer %s
                  next y %s
                  dropoff %s
                  pain p "Slow" severity high
                }
                step y "Y" { emotion +1 }
              }
              opportunity o "Fix" { addresses p owner @a effort %s impact conversion from %s to 40%% status planned }
            }
            """;

    private static final List<String> DEFAULTS = List.of("90d", "31%", "40%", "-1", "+2", "4", "2", "70%", "20%", "2w", "31%");

    private static String map(int slot, String value) {
        Object[] values = DEFAULTS.toArray();
        values[slot] = value;
        return MAP.formatted(values);
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            review cadence  | 0 | 36500d                 |
            review cadence  | 0 | 100y                   |
            review cadence  | 0 | 876000h                |
            review cadence  | 0 | 5200w                  |
            review cadence  | 0 | 1200m                  |
            review cadence  | 0 | 000000000090d          |
            review cadence  | 0 | 36501d                 | the duration 36501d is longer than Waymark holds (at most 100 years
            review cadence  | 0 | 101y                   | the duration 101y is longer
            review cadence  | 0 | 876001h                | the duration 876001h is longer
            review cadence  | 0 | 5201w                  | the duration 5201w is longer
            review cadence  | 0 | 1201m                  | the duration 1201m is longer
            review cadence  | 0 | 999999999y             | the duration 999999999y is longer
            review cadence  | 0 | 9999999999999999999d   | the duration 9999999999999999999d is longer
            review cadence  | 0 | 9223372036854775807d   | the duration 9223372036854775807d is longer
            metric          | 1 | 999999999999999        |
            metric          | 1 | 0.12345678901234       |
            metric          | 1 | 1234567890123456       | the number 1234567890123456 has 16 digits; Waymark holds numbers of at most 15 digits
            metric target   | 2 | ZEROS_400              | the number 1000000000000000… has 401 digits
            metric target   | 2 | ZEROS_400%             | the percentage 1000000000000000… has 401 digits
            emotion         | 3 | ZEROS_400              | the number 1000000000000000… has 401 digits
            desired emotion | 4 | -ZEROS_400             | the number -100000000000000… has 401 digits
            importance      | 5 | ZEROS_400              | has 401 digits
            performance     | 6 | 0.0000000000000001     | has 16 digits
            share           | 7 | ZEROS_400%             | has 401 digits
            dropoff         | 8 | ZEROS_400%             | has 401 digits
            effort          | 9 | 999999999y             | the duration 999999999y is longer
            effort          | 9 | 100y                   |
            impact          | 10 | ZEROS_400%            | has 401 digits
            """)
    void aValueIsHeldWithinItsBoundsAndIsInvalidValueBeyondThem(String slot, int index, String value, String problem,
                                                                 @TempDir Path out) throws Exception {
        String text = map(index, value.replace("ZEROS_400", ZEROS_400));
        List<Diagnostic> invalid = Fixture.diagnostics(text).stream().filter(d -> d.rule().id().equals("invalid-value")).toList();
        if (problem == null) {
            assertThat(invalid).isEmpty();
        } else {
            assertThat(invalid).singleElement().satisfies(d -> {
                assertThat(d.message()).isEqualTo("the " + slot + " cannot be read: " + d.message().substring(d.message().indexOf(": ") + 2))
                        .contains(problem);
                // the caret is on the value itself, whatever else the line holds
                assertThat(text.lines().toList().get(d.span().line() - 1).substring(d.span().column() - 1))
                        .startsWith(value.replace("ZEROS_400", ZEROS_400));
            });
            // what the value made unknowable is not reported again as missing
            assertThat(Fixture.diagnostics(text)).extracting(d -> d.rule().id())
                    .doesNotContain("missing-emotion", "stale-review", "review-due-soon");
        }
        assertEveryStageFinishes(text, out);
    }

    @ParameterizedTest
    @CsvSource({"every, 9999999999999999999d", "warnBefore, 9223372036854775807d", "every, 101y"})
    void theSameBoundHoldsForTheReviewCadenceOfWaymarkYaml(String key, String value) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixture.policy("review:\n  " + key + ": " + value + "\n"))
                .hasMessageContaining("review." + key + ": the duration " + value + " is longer than Waymark holds (at most 100 years");
        assertThat(Fixture.policy("review:\n  " + key + ": 100y\n").review().toString()).contains("100y");
    }

    /** fmt, render (every format, with invalid-value lowered so the journey renders) and diff, on the same text. */
    private static void assertEveryStageFinishes(String text, Path out) throws Exception {
        assertThat(Formatter.format(new SourceText("j.journey", text))).isPresent();
        Workspace ws = workspace(text);
        Policy lenient = Fixture.policy("rules:\n  invalid-value: warning\n");
        // every text format; PNG and PDF are pictures of the SVG checked here
        Set<RenderFormat> formats = EnumSet.complementOf(EnumSet.of(RenderFormat.PNG, RenderFormat.PDF));
        RenderResult r = Renderer.render(ws, lenient, Fixture.AS_OF, formats, out);
        assertThat(r.rendered()).containsExactly("j");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("NaN", "Infinity");
            }
        }
        var diff = WorkspaceDiff.compare(workspace(map(0, "90d")), ws, Policy.defaults(), Fixture.AS_OF);
        assertThat(DiffSvg.render(diff)).contains("<svg").doesNotContain("NaN", "Infinity");
        assertThat(DiffJson.render(diff)).doesNotContain("NaN", "Infinity");
    }

    private static Workspace workspace(String text) {
        return new Workspace(List.of(SourceParser.parse("j.journey", text.getBytes(StandardCharsets.UTF_8))));
    }
}
