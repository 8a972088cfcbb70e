package dev.waymark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** `waymark`: journey maps as code. Each subcommand is a thin layer over the library. */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Journey maps as code: check, render and diff .journey files.",
        subcommands = {CheckCommand.class, RenderCommand.class, DiffCommand.class, ExplainCommand.class, FmtCommand.class,
                ImportCommand.class, InitCommand.class, LspCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above the fail level", "1:diagnostics at or above the fail level, or a journey that could not be rendered",
                "2:bad usage, unreadable input or config, or an internal error"})
public final class WaymarkCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // an Error escapes picocli's handler: still one line and exit 2, never a bare stack trace
            System.err.println("waymark: internal error: " + e);
            code = ExitCodes.USAGE;
        }
        System.exit(code);
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new WaymarkCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failure());
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("waymark: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
