package dev.waymark.render;

import guru.nidi.graphviz.service.CommandLineExecutor;
import org.apache.commons.exec.CommandLine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command graphviz-java builds (`/bin/sh -c "dot ..."`) and, at the time limit, stops
 * the whole process tree. graphviz-java's own executor (commons-exec's watchdog) stops only the
 * shell, so `dot` ran on and the render waited for it (a 1,500-node flow with a 300 ms limit
 * took over 14 minutes). The limit is this executor's own value: {@link FlowTooSlow} carries
 * it to the message. The program's error output goes to a temporary file rather than to a
 * reading thread, so no thread of the render's pool blocks on a pipe.
 */
final class StoppingExecutor extends CommandLineExecutor {
    private final Duration limit;

    StoppingExecutor(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /** graphviz-java passes its own timeout too (set to the same limit); this executor keeps to its own. */
    @Override
    public void execute(CommandLine cmd, File workDir, int timeoutMillis) throws InterruptedException, IOException {
        Path errors = Files.createTempFile("waymark-dot", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd.toStrings()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile());
            if (workDir != null) pb.directory(workDir);
            Process p = pb.start();
            if (!p.waitFor(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS)) {
                stop(p);
                throw new FlowTooSlow(limit);
            }
            if (p.exitValue() != 0) {
                String err = Files.readString(errors, StandardCharsets.UTF_8);
                throw new IOException(err.isBlank() ? "Command didn't succeed: '" + cmd + "'" : err);
            }
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The children first: once the shell is gone, `dot` would no longer be its descendant. */
    private static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
    }
}
