package dev.waymark.check;

import dev.waymark.InputException;
import dev.waymark.Waymark;
import dev.waymark.check.report.TextReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broken-map corpus: each `.journey` under `broken-maps/` holds one mistake people make,
 * and its `.expected` is the whole text output of `waymark check` on it: the cause, once, with
 * the edit that fixes it, and nothing the mistake made unknowable. Each expected output was read
 * by eye; a change to one is a change to what users read.
 */
class BrokenMapsTest {

    @TestFactory
    Stream<DynamicTest> eachMistakeIsReportedOnceWithItsFix() throws IOException, URISyntaxException {
        Path corpus = Path.of(BrokenMapsTest.class.getResource("/broken-maps").toURI());
        List<Path> maps;
        try (Stream<Path> files = Files.list(corpus)) {
            maps = files.filter(p -> p.toString().endsWith(".journey")).sorted().toList();
        }
        assertThat(maps).hasSizeGreaterThanOrEqualTo(30);
        return maps.stream().map(map -> DynamicTest.dynamicTest(map.getFileName().toString(), () -> {
            String name = map.getFileName().toString();
            Path expected = map.resolveSibling(name.replace(".journey", ".expected"));
            assertThat(output(corpus, name)).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }

    /** The text report of checking one map, as `waymark check NAME --as-of 2026-11-22` prints it from the corpus folder. */
    static String output(Path folder, String name) throws InputException {
        Waymark.CheckRequest request = Waymark.CheckRequest.of(List.of(Path.of(name)), folder).withAsOf(Fixture.AS_OF);
        CheckResult result = Waymark.check(request);
        return new TextReport(result.workspace()::source, false).render(result.diagnostics(), result.summary(), false);
    }
}
