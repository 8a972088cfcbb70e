package dev.waymark.cli;

import dev.waymark.InputException;
import dev.waymark.importer.MermaidImporter;
import dev.waymark.util.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `waymark import mermaid FILE [--out FILE]`: a Mermaid journey diagram as `.journey` text. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert another tool's journey diagram to .journey text. Supported: mermaid.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "The source format: mermaid.")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The diagram file: a .mmd file, or Markdown whose ```mermaid journey blocks all go into one .journey file.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the .journey here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws InputException {
        if (!format.equals("mermaid")) throw new InputException("cannot import '" + format + "'; supported: mermaid");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String journey = MermaidImporter.convertFile(file.toString(), text);
        if (out == null) {
            spec.commandLine().getOut().print(journey);
            spec.commandLine().getOut().flush();
        } else {
            try {
                AtomicFiles.write(out, journey.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException("cannot write " + out + ": " + dev.waymark.util.IoProblems.why(e, out), e);
            }
        }
        return ExitCodes.OK;
    }
}
