package dev.waymark.render;

import guru.nidi.graphviz.service.CommandLineExecutor;
import org.apache.commons.exec.CommandLine;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command graphviz-java builds (`/bin/sh -c "dot ..."`) and, at the time limit, stops
 * the whole process tree. graphviz-java's own executor (commons-exec's watchdog) stops only the
 * shell, so `dot` ran on and the render waited for it (a 1,500-node flow with a 300 ms limit
 * took over 14 minutes). The messages are graphviz-java's, which {@link GraphvizEngine#failure}
 * recognises.
 */
final class StoppingExecutor extends CommandLineExecutor {
    @Override
    public void execute(CommandLine cmd, File workDir, int timeoutMillis) throws InterruptedException, IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd.toStrings()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (workDir != null) pb.directory(workDir);
        Process p = pb.start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS)) {
            stop(p);
            throw new IOException("Command took too long to execute, try setting a higher timout: '" + cmd + "'");
        }
        if (p.exitValue() != 0) {
            String err = stderr.join();
            throw new IOException(err.isEmpty() ? "Command didn't succeed: '" + cmd + "'" : err);
        }
    }

    /** The children first: once the shell is gone, `dot` would no longer be its descendant. */
    private static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
