package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.SourceText;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Local repair, as Elm and rustc guess what the writer meant: where the parse stops, try the
 * few edits that fix the usual mistakes (a misspelt keyword, a handle without `@`, a share
 * without `%`, unquoted text, a missing id, a missing or extra brace, a word written twice)
 * and keep the first that lets the parse go on past that line. Each kept edit is one `syntax`
 * diagnostic whose help is that edit; the file is then read as if edited, so nothing is
 * reported because of the mistake. When no edit fits, ANTLR's recovery reports what is left.
 */
final class Repairs {
    /** Bounds that keep garbage cheap: a hand-written map has a handful of mistakes. */
    static final int MAX_REPAIRS = 12;
    static final int MAX_TRIALS = 120;
    static final int MAX_TOKENS = 40_000;

    private final RepairEdits edits;
    private int trials;

    private Repairs(SourceText source) {
        this.edits = new RepairEdits(source);
    }

    record Result(List<Token> tokens, List<Diagnostic> diagnostics, boolean parses) {
    }

    static Result apply(SourceText source, List<Token> tokens) {
        if (tokens.size() > MAX_TOKENS) return new Result(tokens, List.of(), TrialParse.run(tokens).isEmpty());
        return new Repairs(source).loop(tokens);
    }

    private Result loop(List<Token> tokens) {
        List<Diagnostic> found = new ArrayList<>();
        Optional<TrialParse.Failure> failure = TrialParse.run(tokens);
        while (failure.isPresent() && found.size() < MAX_REPAIRS && trials < MAX_TRIALS) {
            TrialParse.Failure f = failure.get();
            List<RepairEdits.Candidate> candidates = candidates(tokens, f);
            // the first candidate after which the whole file parses; else the first that gets two lines further
            RepairEdits.Candidate chosen = null;
            List<Token> chosenTokens = null;
            Optional<TrialParse.Failure> chosenAfter = Optional.empty();
            for (RepairEdits.Candidate c : candidates) {
                if (trials++ >= MAX_TRIALS) break;
                List<Token> edited = c.tokens().get();
                Optional<TrialParse.Failure> after = TrialParse.run(edited);
                if (after.isEmpty()) {
                    chosen = c;
                    chosenTokens = edited;
                    chosenAfter = after;
                    break;
                }
                if (chosen == null && after.get().token().getLine() > f.token().getLine() + 1) {
                    chosen = c;
                    chosenTokens = edited;
                    chosenAfter = after;
                }
            }
            boolean repaired = chosen != null;
            if (repaired) {
                found.add(chosen.diagnostic().get());
                tokens = chosenTokens;
                failure = chosenAfter;
            }
            if (!repaired) break;
        }
        return new Result(tokens, found, failure.isEmpty());
    }

    private List<RepairEdits.Candidate> candidates(List<Token> tokens, TrialParse.Failure f) {
        List<RepairEdits.Candidate> out = new ArrayList<>();
        int k = f.index();
        Token t = tokens.get(k);
        int p = Tokens.previous(tokens, k);
        String where = SyntaxErrorListener.contextName(f.rule());
        boolean blockish = t.getType() == Token.EOF || t.getType() == JourneyLexer.RBRACE || Braces.isBlockKeyword(t.getType());
        if (blockish) edits.braces(tokens, f, out);
        if (t.getType() == JourneyLexer.BAD_IDENT) {
            edits.quoted(tokens, k, p, out);
            out.add(edits.badIdent(tokens, k));
        }
        if (Tokens.wordLike(t)) edits.keywordTypo(tokens, k, where, out);
        if (p >= 0 && Tokens.wordLike(tokens.get(p)) && tokens.get(p).getLine() == t.getLine()) edits.keywordTypo(tokens, p, where, out);
        if (Tokens.wordLike(t) || (t.getType() == JourneyLexer.STRING && f.expected().contains(JourneyLexer.HANDLE))) edits.handle(tokens, k, out);
        if (t.getType() == JourneyLexer.NUMBER) edits.percent(tokens, k, p, out);
        if (f.expected().contains(JourneyLexer.IDENT) && p >= 0 && Tokens.isKeyword(tokens.get(p).getType())
                && (t.getType() == JourneyLexer.STRING || t.getType() == JourneyLexer.LBRACE)) edits.missingId(tokens, k, p, out);
        if (t.getType() == JourneyLexer.NUMBER) edits.duration(tokens, k, out);
        if (t.getType() == JourneyLexer.NUMBER && t.getText().startsWith("-") && p >= 0 && tokens.get(p).getType() == JourneyLexer.NUMBER) edits.range(tokens, p, k, out);
        if (p >= 0 && (Tokens.wordLike(t) || t.getType() == JourneyLexer.HANDLE) && tokens.get(p).getLine() == t.getLine()
                && (Tokens.wordLike(tokens.get(p)) || tokens.get(p).getType() == JourneyLexer.HANDLE)) edits.missing(tokens, k, p, JourneyLexer.COMMA, ",", out);
        if (p >= 0 && (t.getType() == JourneyLexer.NUMBER || t.getType() == JourneyLexer.PERCENT) && Tokens.wordLike(tokens.get(p))) {
            edits.missing(tokens, k, p, JourneyLexer.EQUALS, " =", out);
        }
        if (t.getType() == JourneyLexer.STEP) edits.stepOutsideStage(tokens, k, f, out);
        if (t.getType() == JourneyLexer.STRING && p >= 0 && tokens.get(p).getType() == JourneyLexer.EMOTION) edits.emotionScore(tokens, k, out);
        if (t.getType() == JourneyLexer.HANDLE && p >= 0 && tokens.get(p).getType() == JourneyLexer.HANDLE && Tokens.previous(tokens, p) >= 0
                && tokens.get(Tokens.previous(tokens, p)).getType() == JourneyLexer.OWNER) edits.secondOwner(tokens, k, p, out);
        if (p >= 0 && Tokens.wordLike(t) && Tokens.wordLike(tokens.get(p)) && edits.separatedByTab(tokens, p, k)) edits.joined(tokens, p, k, out);
        edits.duplicate(tokens, k, p, out);
        if (Tokens.wordLike(t) || t.getType() == JourneyLexer.NUMBER) edits.quoted(tokens, k, p, out);
        if (p >= 0 && Tokens.wordLike(t) && Tokens.wordLike(tokens.get(p)) && !edits.separatedByTab(tokens, p, k)) edits.joined(tokens, p, k, out);
        if (!blockish) edits.braces(tokens, f, out);
        if (Tokens.wordLike(t) && !Tokens.isKeyword(t.getType()) && RepairEdits.startsLine(tokens, k)) {
            edits.unknownProperty(tokens, k, f, where, out);
        }
        return out;
    }
}
