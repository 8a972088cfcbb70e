package dev.waymark.fuzz;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.SourceSpan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What every fuzz target checks of the diagnostics it gets: each points into the file it names, with a message. */
public final class FuzzAssertions {
    public static final String FILE = "fuzzed.journey";

    private FuzzAssertions() {
    }

    /** @param files the bytes of every file that was checked, by display path */
    public static void insideTheirFiles(List<Diagnostic> diagnostics, Map<String, byte[]> files) {
        for (Diagnostic d : diagnostics) {
            SourceSpan s = d.span();
            byte[] bytes = files.get(s.file());
            if (bytes == null) throw new AssertionError("diagnostic in a file that was not checked: " + d);
            String text = new String(bytes, StandardCharsets.UTF_8);
            // "\n" ends a line; whether a lone "\r" does too is the decoder's choice: either count is inside the file
            if (!inside(s, text.split("\n", -1)) && !inside(s, text.split("\r\n|\r|\n", -1))) {
                throw new AssertionError("line " + s.line() + ", column " + s.column() + " is outside " + s.file() + ": " + d);
            }
            if (s.endLine() < s.line() || (s.endLine() == s.line() && s.endColumn() < s.column())) {
                throw new AssertionError("span ends before it starts: " + d);
            }
            if (d.message() == null || d.message().isBlank()) throw new AssertionError("diagnostic without a message: " + d);
        }
    }

    private static boolean inside(SourceSpan s, String[] lines) {
        if (s.line() < 1 || s.line() > lines.length) return false;
        String line = lines[s.line() - 1];
        return s.column() >= 1 && s.column() <= line.length() + 1;
    }
}
