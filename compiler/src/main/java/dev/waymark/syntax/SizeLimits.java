package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * The size limits of one file (docs/language.md, "Size limits"), kept while it is lexed: a file
 * past them is refused before a parse tree or a syntax tree is built for it, so a 500,000-step
 * file costs its text and a few thousand tokens instead of gigabytes. The limits are far above
 * what a journey that can be rendered needs (1,000 steps, about 100,000 tokens).
 */
final class SizeLimits implements TokenSource {
    /** `step` keywords in one file: five times the steps of the largest journey Waymark renders. */
    static final int MAX_STEPS = 5_000;
    /** Tokens (whitespace and comments not counted) in one file. */
    static final int MAX_TOKENS = 1_000_000;

    private final TokenSource lexer;
    private final int maxSteps;
    private final int maxTokens;
    private int steps;
    private int tokens;

    SizeLimits(TokenSource lexer) {
        this(lexer, MAX_STEPS, MAX_TOKENS);
    }

    SizeLimits(TokenSource lexer, int maxSteps, int maxTokens) {
        this.lexer = lexer;
        this.maxSteps = maxSteps;
        this.maxTokens = maxTokens;
    }

    @Override
    public Token nextToken() {
        Token t = lexer.nextToken();
        if (t.getChannel() != Token.DEFAULT_CHANNEL) return t;
        if (t.getType() == JourneyLexer.STEP && ++steps > maxSteps) {
            throw new TooLarge(t, "this file has more than " + maxSteps + " steps; Waymark reads files of up to " + maxSteps
                    + " steps (and renders journeys of up to 1000)");
        }
        if (t.getType() != Token.EOF && ++tokens > maxTokens) {
            throw new TooLarge(t, "this file has more than " + maxTokens + " words, numbers and symbols; Waymark reads files of up to "
                    + maxTokens);
        }
        return t;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }

    /** Lexing stopped at `token`, the first past a limit. */
    static final class TooLarge extends RuntimeException {
        private final transient Token token;

        TooLarge(Token token, String message) {
            super(message, null, false, false);
            this.token = token;
        }

        /** One `too-complex` error where the file went past the limit; nothing else of the file is read. */
        Diagnostic diagnostic(String path) {
            return Diagnostic.of(RuleId.TOO_COMPLEX, Severity.ERROR, Spans.of(path, token), getMessage())
                    .withHelp("split the map into several files, one journey each (docs/language.md, \"Size limits\")");
        }
    }
}
