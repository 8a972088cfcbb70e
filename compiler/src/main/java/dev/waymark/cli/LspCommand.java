package dev.waymark.cli;

import dev.waymark.lsp.LanguageServerRunner;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** `waymark lsp`: the language server, speaking LSP on stdin/stdout. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server on stdin/stdout (for editors: diagnostics, formatting, definitions, references, hover, outline, completion, quick fixes). See docs/editor.md.")
public final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        PrintStream protocol = System.out;
        // stdout carries the protocol: anything else printed by accident goes to stderr instead
        System.setOut(System.err);
        return LanguageServerRunner.run(System.in, protocol);
    }
}
