package dev.waymark.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default strategy, except at the entry of a `(item)*` loop: where the default gives up
 * on the whole enclosing rule (a misspelt first property would swallow the rest of the journey),
 * this one reports the token and skips to the next token that can start an item or close the
 * block, as the default already does between items.
 */
final class LoopRecoveryStrategy extends DefaultErrorStrategy {
    @Override
    public void sync(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        if (state.getStateType() == ATNState.STAR_LOOP_ENTRY) {
            int la = recognizer.getInputStream().LA(1);
            IntervalSet next = recognizer.getATN().nextTokens(state);
            if (!next.contains(la) && !next.contains(Token.EPSILON)) {
                if (singleTokenDeletion(recognizer) != null) return;
                reportUnwantedToken(recognizer);
                IntervalSet expecting = recognizer.getExpectedTokens();
                consumeUntil(recognizer, expecting.or(getErrorRecoverySet(recognizer)));
                return;
            }
        }
        super.sync(recognizer);
    }
}
