package dev.waymark.cli;

import dev.waymark.InputException;
import picocli.CommandLine;

/**
 * Turns a failure into a one-line message and exit 2; the stack trace only with `--debug`
 * (or WAYMARK_DEBUG=1), never by default.
 */
final class Failure implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = parsed.expandedArgs().contains("--debug") || "1".equals(System.getenv("WAYMARK_DEBUG"));
        if (ex instanceof InputException) {
            cli.getErr().println("waymark: " + ex.getMessage());
        } else {
            cli.getErr().println("waymark: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
        }
        if (debug) ex.printStackTrace(cli.getErr());
        cli.getErr().flush();
        return ExitCodes.USAGE;
    }
}
