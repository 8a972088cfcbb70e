package dev.waymark.diff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** scripts/git-diff-driver.sh with git's 7 arguments, against a stand-in `waymark` that records its call. */
class GitDiffDriverTest {
    private static final Path SCRIPT = Paths.get("..", "scripts", "git-diff-driver.sh").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Result(int code, String out) {
    }

    private Result driver(String fakeExit) throws Exception {
        assumeTrue(Files.isExecutable(Paths.get("/bin/bash")), "needs bash");
        Path fake = dir.resolve("fake-waymark");
        Files.writeString(fake, "#!/bin/sh\necho \"called: $*\"\nexit " + fakeExit + "\n");
        fake.toFile().setExecutable(true);
        Path old = Files.writeString(dir.resolve("old.journey"), "journey a { stage s { step x \"X\" } }\n");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString(), "maps/a.journey", old.toString(), "0000000",
                "100644", "/dev/null", "0000000", "100644").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("WAYMARK", fake.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    @Test
    void passesTheOldAndNewFileToWaymarkDiff() throws Exception {
        Result r = driver("0");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("waymark diff a/maps/a.journey b/maps/a.journey\n")
                .contains("called: diff --no-color " + dir.resolve("old.journey") + " /dev/null");
    }

    @Test
    void exitsZeroEvenWhenWaymarkCannotDiffSoGitGoesOn() throws Exception {
        Result r = driver("2");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("called: diff");
        if (Files.isExecutable(Paths.get("/usr/bin/git"))) {
            assertThat(r.out()).as("falls back to the line diff").contains("-journey a { stage s { step x \"X\" } }");
        }
    }
}
