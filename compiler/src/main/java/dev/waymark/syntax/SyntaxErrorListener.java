package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.DidYouMean;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns ANTLR's syntax errors into `syntax` diagnostics in plain words ("unterminated string",
 * "unexpected `}`; expected ...") with a did-you-mean for misspelt keywords. Stops the parse
 * after {@link #MAX_ERRORS} so that garbage input costs bounded time and output.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    static final int MAX_ERRORS = 50;

    /** Thrown to end a parse that has reported enough. */
    static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    private final String path;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int lastErrorTokenIndex = -2;

    SyntaxErrorListener(String path) {
        this.path = path;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void add(Diagnostic d) {
        if (diagnostics.size() >= MAX_ERRORS) {
            diagnostics.add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, d.span(),
                    "too many syntax errors; Waymark stopped reading this file here").withHelp("fix the errors above and run again"));
            throw new TooManyErrors();
        }
        diagnostics.add(d);
    }

    /** Blocks (`\"\"\"...` and `/*...`) that run to the end of the file; the lexer ends them there. */
    void scanUnterminatedBlocks(java.util.List<Token> tokens) {
        for (Token t : tokens) {
            // getText() copies the token's text: only the two block tokens need it
            if (t.getType() != JourneyLexer.BLOCK_STRING && t.getType() != JourneyLexer.BLOCK_COMMENT) continue;
            String text = t.getText();
            if (t.getType() == JourneyLexer.BLOCK_STRING && (text.length() < 6 || !text.endsWith("\"\"\""))) {
                add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, Spans.firstLine(Spans.of(path, t)),
                        "unterminated text block: the file ends before the closing `\"\"\"`").withHelp("close the text with `\"\"\"`"));
            } else if (t.getType() == JourneyLexer.BLOCK_COMMENT && (text.length() < 4 || !text.endsWith("*/"))) {
                add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, Spans.firstLine(Spans.of(path, t)),
                        "unterminated comment: the file ends before the closing `*/`").withHelp("close the comment with `*/`"));
            }
        }
    }

    /** True once an unterminated block was reported: the parser's "unexpected end of file" would only repeat it. */
    boolean sawUnterminatedBlock() {
        return diagnostics.stream().anyMatch(d -> d.message().startsWith("unterminated text block") || d.message().startsWith("unterminated comment"));
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (!(offendingSymbol instanceof Token token)) {
            add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, SourceSpan.at(path, line, charPositionInLine + 1), msg));
            return;
        }
        // error tokens report once even when recovery trips over them twice
        if (token.getTokenIndex() == lastErrorTokenIndex && token.getTokenIndex() >= 0) return;
        if (token.getType() == Token.EOF && sawUnterminatedBlock()) return;
        lastErrorTokenIndex = token.getTokenIndex();
        SourceSpan span = Spans.of(path, token);
        switch (token.getType()) {
            case JourneyLexer.UNTERMINATED_STRING -> add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, span,
                    "unterminated string").withHelp("add the closing `\"` before the end of the line; use \"\"\"...\"\"\" for text over several lines"));
            case JourneyLexer.UNKNOWN_CHAR -> add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, span,
                    "unexpected character " + describeChar(token.getText())).withHelp(
                    "ids are letters, digits, `_` and `-`; text goes in \"quotes\"; owners are @handles"));
            default -> add(unexpected(recognizer, token, span, e));
        }
    }

    private Diagnostic unexpected(Recognizer<?, ?> recognizer, Token token, SourceSpan span, RecognitionException e) {
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : recognizer instanceof Parser p ? p.getExpectedTokens() : new IntervalSet();
        Vocabulary vocabulary = recognizer.getVocabulary();
        List<String> names = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        boolean wantsId = false;
        for (int type : expected.toList()) {
            if (type == Token.EOF) {
                names.add("the end of the file");
                continue;
            }
            String literal = vocabulary.getLiteralName(type);
            if (literal != null) {
                String word = literal.substring(1, literal.length() - 1);
                if (Tokens.isKeyword(type)) {
                    keywords.add(word);
                }
                continue;
            }
            if (type == JourneyLexer.IDENT) wantsId = true;
            String name = describeType(type);
            if (name != null && !names.contains(name)) names.add(name);
        }
        String context = recognizer instanceof Parser p && p.getContext() != null
                ? contextName(p.getRuleNames()[p.getContext().getRuleIndex()]) : "";
        String message = token.getType() == Token.EOF ? "the file ends too early" + (context.isEmpty() ? "" : "," + context)
                : "unexpected `" + printable(token.getText()) + "`" + context;
        Diagnostic d = Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, span, message);
        if (token.getType() == JourneyLexer.IDENT && !wantsId) {
            var hint = DidYouMean.closest(token.getText(), keywords);
            if (hint.isPresent()) return d.withHelp("did you mean `" + hint.get() + "`?");
        }
        if (Tokens.isKeyword(token.getType()) && !wantsId) {
            List<String> homes = homes(token.getType());
            if (!homes.isEmpty() && !homes.contains(context.replace(" in ", ""))) {
                return d.withHelp("`" + token.getText() + "` belongs in " + String.join(" or ", homes));
            }
        }
        List<String> all = new ArrayList<>();
        // when any id is accepted, every keyword is too: listing them would only be noise
        if (!wantsId) keywords.stream().sorted().map(k -> "`" + k + "`").forEach(all::add);
        all.addAll(names);
        String punctuation = punctuation(expected, vocabulary);
        if (!punctuation.isEmpty()) all.add(punctuation);
        if (all.isEmpty()) return d;
        return d.withHelp("expected " + (all.size() == 1 ? all.get(0) : "one of: " + String.join(", ", all)));
    }

    /** The blocks where a keyword starts a property: `emotion` -> a step. */
    private static List<String> homes(int type) {
        List<String> out = new ArrayList<>();
        for (String block : List.of("team", "persona", "journey", "stage", "step", "opportunity")) {
            if (TrialParse.itemStarts(block).contains(type)) out.add(contextName(block).replace(" in ", ""));
        }
        return out;
    }

    private static String punctuation(IntervalSet expected, Vocabulary vocabulary) {
        List<String> marks = new ArrayList<>();
        for (int type : expected.toList()) {
            String literal = type > 0 ? vocabulary.getLiteralName(type) : null;
            if (literal != null && !Character.isLetter(literal.charAt(1))) marks.add("`" + literal.substring(1, literal.length() - 1) + "`");
        }
        return String.join(", ", marks);
    }

    static String contextName(String rule) {
        return switch (rule) {
            case "teamItem", "team" -> " in a team";
            case "personaItem", "persona" -> " in a persona";
            case "journeyItem", "journey" -> " in a journey";
            case "stageItem", "stage" -> " in a stage";
            case "stepItem", "step" -> " in a step";
            case "opportunityItem", "opportunity" -> " in an opportunity";
            case "file", "declaration" -> " at the top level";
            default -> "";
        };
    }

    private static String describeType(int type) {
        return switch (type) {
            case JourneyLexer.IDENT -> "an id";
            case JourneyLexer.STRING, JourneyLexer.BLOCK_STRING -> "a \"string\"";
            case JourneyLexer.HANDLE -> "an @handle";
            case JourneyLexer.DATE -> "a date (2026-10-15)";
            case JourneyLexer.DURATION -> "a duration (90d, 6w, 3m, 1y)";
            case JourneyLexer.NUMBER -> "a number";
            case JourneyLexer.PERCENT -> "a percentage (45%)";
            case JourneyLexer.EXTRA_NAME -> "an x-property";
            default -> null;
        };
    }

    static String describeChar(String text) {
        int cp = text.codePointAt(0);
        if (cp == 0xA0) return "a no-break space (U+00A0)";
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return String.format("U+%04X", cp);
        }
        return "`" + text + "`";
    }

    static String printable(String text) {
        String t = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) sb.append(String.format("U+%04X", cp));
            else sb.appendCodePoint(cp);
        });
        return sb.toString();
    }
}
