package dev.waymark.maven;

import dev.waymark.util.AtomicFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CheckIndexTest {
    @TempDir
    Path dir;

    private CheckIndex index(Path map, String asOf) throws Exception {
        TreeMap<String, Path> files = new TreeMap<>();
        files.put("maps/a.journey", map);
        return new CheckIndex().setting("asOf", asOf).files(files).file("config waymark.yaml", dir.resolve("waymark.yaml"));
    }

    @Test
    void matchesOnlyWhileContentSettingsAndConfigStayTheSame() throws Exception {
        Path map = Files.writeString(dir.resolve("a.journey"), "journey a {}\n");
        Path indexFile = dir.resolve("target/waymark/check.index");
        assertThat(index(map, "2026-02-01").matches(indexFile)).isFalse();

        AtomicFiles.write(indexFile, index(map, "2026-02-01").text());
        assertThat(index(map, "2026-02-01").matches(indexFile)).isTrue();
        assertThat(index(map, "2026-02-02").matches(indexFile)).as("another as-of date").isFalse();

        Files.writeString(map, "journey a { owner @x }\n");
        assertThat(index(map, "2026-02-01").matches(indexFile)).as("edited map").isFalse();

        AtomicFiles.write(indexFile, index(map, "2026-02-01").text());
        Files.writeString(dir.resolve("waymark.yaml"), "review:\n  every: 30d\n");
        assertThat(index(map, "2026-02-01").matches(indexFile)).as("a config file appeared").isFalse();
    }

    @Test
    void theTextIsSortedAndHasNoTimestamps() throws Exception {
        Path map = Files.writeString(dir.resolve("a.journey"), "x\n");
        String text = new CheckIndex().setting("z", "1").setting("a", "2").file("maps/a.journey", map).text();
        assertThat(text.lines().skip(1)).containsExactly(
                "file maps/a.journey = 73cb3858a687a8494ca3323053016282f3dad39d42cf62ca4e79dda2aac7d9ac",
                "setting a = 2",
                "setting z = 1");
    }
}
