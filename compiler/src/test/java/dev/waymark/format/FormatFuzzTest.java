package dev.waymark.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waymark.fuzz.FuzzAssertions;
import dev.waymark.grammar.JourneyLexer;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of `fmt` (Jazzer): it refuses exactly the files with syntax errors;
 * otherwise its output parses, formats to itself, has the same syntax tree and the same
 * strings and comments, byte for byte.
 */
class FormatFuzzTest {
    private static final Pattern SPAN = Pattern.compile("SourceSpan\\[[^\\]]*\\]");

    @FuzzTest(maxDuration = "10m")
    void format(byte[] bytes) {
        ParseResult original = SourceParser.parse(FuzzAssertions.FILE, bytes);
        Optional<byte[]> once = Formatter.format(FuzzAssertions.FILE, bytes);
        if (once.isEmpty() != original.hasErrors()) {
            throw new AssertionError(once.isEmpty() ? "fmt refused a file that parses" : "fmt formatted a file with syntax errors");
        }
        if (once.isEmpty()) return;
        ParseResult formatted = SourceParser.parse(FuzzAssertions.FILE, once.get());
        if (formatted.hasErrors()) throw new AssertionError("the formatted file has syntax errors: " + formatted.diagnostics());
        byte[] twice = Formatter.format(FuzzAssertions.FILE, once.get()).orElseThrow();
        if (!Arrays.equals(twice, once.get())) throw new AssertionError("not idempotent");
        if (!tree(original).equals(tree(formatted))) throw new AssertionError("the syntax tree changed");
        if (!literals(original).equals(literals(formatted))) throw new AssertionError("a string or comment changed");
    }

    /** The syntax tree without source positions: what formatting must not change. */
    static String tree(ParseResult r) {
        return SPAN.matcher(r.file().toString()).replaceAll("_");
    }

    /** Strings, text blocks and comments in order, exactly as written. */
    static List<String> literals(ParseResult r) {
        JourneyLexer lexer = new JourneyLexer(CharStreams.fromString(r.source().text()));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            int type = t.getType();
            if (type == JourneyLexer.STRING || type == JourneyLexer.BLOCK_STRING
                    || type == JourneyLexer.LINE_COMMENT || type == JourneyLexer.BLOCK_COMMENT) {
                out.add(t.getText());
            }
        }
        return out;
    }
}
