package dev.waymark.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagedStreamTest {

    @Test
    void aStreamedFileIsStagedWithTheHashOfWhatWasWrittenAndOneThatFailsHalfwayIsNot(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        byte[] map = "<svg>a streamed map</svg>\n".getBytes(StandardCharsets.UTF_8);
        try (StagedOutput staged = StagedOutput.begin(out, new PrintStream(OutputStream.nullOutputStream()))) {
            assertThatThrownBy(() -> staged.write("broken.svg", RenderFormat.SVG, sink -> {
                sink.write(new byte[70_000]);
                throw new IllegalStateException("layout failed");
            })).hasMessage("layout failed");
            staged.write("good.svg", RenderFormat.SVG, sink -> {
                sink.write(map, 0, 5);
                sink.write(map, 5, map.length - 5);
            });
            assertThat(staged.names()).containsExactly("good.svg");
            staged.commit(Set.of(RenderFormat.SVG));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("good.svg", Manifest.FILE);
        }
        assertThat(Files.readAllBytes(out.resolve("good.svg"))).isEqualTo(map);
        assertThat(Files.readString(out.resolve(Manifest.FILE))).contains(Manifest.sha256(map));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left beside it").containsExactly("out");
        }
    }
}
