package dev.waymark.cli;

import dev.waymark.model.Severity;
import picocli.CommandLine;

/** `--fail-on error|warning|info`. */
final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
