package dev.waymark.syntax;

import dev.waymark.grammar.JourneyParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.List;
import java.util.Optional;

/** Parses a token list without recovery: where does it first stop, and what did the parser expect there? */
final class TrialParse {
    private TrialParse() {
    }

    /** Where a parse stopped: the index of the token in the list, what was expected, in which rule. */
    record Failure(int index, Token token, IntervalSet expected, String rule) {
    }

    /** The tokens that can start an item of a block (`stepItem` for a step), or none for other rules. */
    static IntervalSet itemStarts(String rule) {
        String item = rule.endsWith("Item") ? rule : rule + "Item";
        int index = java.util.Arrays.asList(JourneyParser.ruleNames).indexOf(item);
        if (index < 0) return new IntervalSet();
        return JourneyParser._ATN.nextTokens(JourneyParser._ATN.ruleToStartState[index]);
    }

    static Optional<Failure> run(List<Token> tokens) {
        Optional<Failure> sll = run(tokens, PredictionMode.SLL);
        // SLL can stop where full LL would not; only LL's answer counts
        return sll.isEmpty() ? sll : run(tokens, PredictionMode.LL);
    }

    private static Optional<Failure> run(List<Token> tokens, PredictionMode mode) {
        JourneyParser parser = new JourneyParser(Tokens.stream(tokens));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(mode);
        try {
            parser.file();
            return Optional.empty();
        } catch (ParseCancellationException e) {
            if (!(e.getCause() instanceof RecognitionException re) || re.getOffendingToken() == null) {
                Token t = parser.getCurrentToken();
                return Optional.of(new Failure(t.getTokenIndex(), t, new IntervalSet(), ""));
            }
            Token t = re.getOffendingToken();
            IntervalSet expected = re.getExpectedTokens() == null ? new IntervalSet() : re.getExpectedTokens();
            ParserRuleContext ctx = re.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
            String rule = ctx == null ? "" : parser.getRuleNames()[ctx.getRuleIndex()];
            return Optional.of(new Failure(t.getTokenIndex(), t, expected, rule));
        }
    }
}
