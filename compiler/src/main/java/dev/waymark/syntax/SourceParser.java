package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.grammar.JourneyParser;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.JourneyFile;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.List;

/**
 * Parses one `.journey` file. The fast SLL mode with bail-out succeeds on almost every real
 * file. When it fails, the common mistakes are repaired ({@link LexicalRepairs}, then
 * {@link Repairs}), each reported once with its fix, and the file is read as if fixed; what no
 * repair explains is reported by full LL with error recovery, so one run reports every syntax
 * error (up to a bound), not only the first.
 */
public final class SourceParser {
    private SourceParser() {
    }

    /** Decodes the bytes (UTF-8, BOM dropped) and parses them; never throws on bad input. */
    public static ParseResult parse(String path, byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(path, bytes);
        if (decoded instanceof SourceDecoder.Text t) return parse(new SourceText(path, t.text()));
        SourceDecoder.Rejected rejected = (SourceDecoder.Rejected) decoded;
        return new ParseResult(new SourceText(path, rejected.shown()), new JourneyFile(path, List.of(), List.of()),
                List.of(rejected.diagnostic()));
    }

    /** A file that could not be read at all: one `syntax` diagnostic at its name, saying why and what to do. */
    public static ParseResult unreadable(String path, String why, String help) {
        Diagnostic d = Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, SourceSpan.at(path, 1, 1), "cannot read this file: " + why).withHelp(help);
        return new ParseResult(new SourceText(path, ""), new JourneyFile(path, List.of(), List.of()), List.of(d));
    }

    public static ParseResult parse(SourceText source) {
        String path = source.path();
        // a lone CR ends a line as LF does; replaced one for one, so offsets stay those of the text
        JourneyLexer lexer = new JourneyLexer(CharStreams.fromString(SourceDecoder.lineBreaksAsLf(source.text()), path));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(new SizeLimits(lexer));
        try {
            tokens.fill();
        } catch (SizeLimits.TooLarge tooLarge) {
            return new ParseResult(source, new JourneyFile(path, List.of(), List.of()), List.of(tooLarge.diagnostic(path)));
        }
        SyntaxErrorListener errors = new SyntaxErrorListener(path);
        JourneyParser.FileContext tree;
        boolean recovered = false;
        try {
            errors.scanUnterminatedBlocks(tokens.getTokens());
            JourneyParser parser = new JourneyParser(tokens);
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                tree = parser.file();
            } catch (ParseCancellationException sllFailed) {
                LexicalRepairs.Result lexical = LexicalRepairs.apply(source, List.copyOf(tokens.getTokens()));
                lexical.diagnostics().forEach(errors::add);
                Repairs.Result repaired = Repairs.apply(source, lexical.tokens());
                repaired.diagnostics().forEach(errors::add);
                tokens = Tokens.stream(repaired.tokens());
                parser = new JourneyParser(tokens);
                parser.removeErrorListeners();
                if (repaired.parses()) {
                    parser.setErrorHandler(new BailErrorStrategy());
                } else {
                    parser.addErrorListener(errors);
                    parser.setErrorHandler(new LoopRecoveryStrategy());
                }
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                tree = parser.file();
                recovered = true;
            }
        } catch (SyntaxErrorListener.TooManyErrors stop) {
            return new ParseResult(source, new JourneyFile(path, List.of(), List.of()), List.copyOf(errors.diagnostics()));
        }
        // SLL may accept a file whose only problem is an unterminated block: the scan reported it
        recovered |= !errors.diagnostics().isEmpty();
        JourneyFile file;
        try {
            file = new AstBuilder(source.lines(), tokens, recovered, errors).build(tree);
        } catch (SyntaxErrorListener.TooManyErrors stop) {
            file = new JourneyFile(path, List.of(), List.of());
        }
        if (file.declarations().isEmpty() && errors.diagnostics().isEmpty()) {
            // an empty file is almost always a mistake (a failed save, a wrong path); say so rather than pass it
            errors.add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, SourceSpan.at(path, 1, 1),
                    "this file declares nothing: no team, persona or journey")
                    .withHelp("start with `journey my-journey \"Title\" { ... }`, or delete the file"));
        }
        List<Diagnostic> diagnostics = errors.diagnostics().stream().sorted(Diagnostic.ORDER).toList();
        return new ParseResult(source, file, diagnostics);
    }
}
