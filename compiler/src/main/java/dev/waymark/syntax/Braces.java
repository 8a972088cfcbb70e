package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import org.antlr.v4.runtime.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the braces disagree with the indentation: people indent what they mean, so a block
 * whose content ends (a line at or left of its opening line) without a `}` is missing one there,
 * a `}` that matches no opening line's indentation is one too many, and a block keyword line
 * without `{` followed by deeper lines is missing its `{`.
 */
final class Braces {
    private Braces() {
    }

    sealed interface Anomaly permits Unclosed, Extra, Unopened {
    }

    /** The block opened by `open` should close before token `before` (EOF: at the end of the file). */
    record Unclosed(int open, int header, int before) implements Anomaly {
    }

    /** The `}` at `index` closes nothing. */
    record Extra(int index) implements Anomaly {
    }

    /** The block keyword line starting at `header` lacks its `{` after token `last`. */
    record Unopened(int header, int last) implements Anomaly {
    }

    private record Open(int brace, int header, int indent) {
    }

    static List<Anomaly> find(List<Token> tokens) {
        List<Anomaly> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int i = Tokens.next(tokens, -1);
        while (i < tokens.size() && tokens.get(i).getType() != Token.EOF) {
            int first = i;
            int line = tokens.get(first).getLine();
            int indent = tokens.get(first).getCharPositionInLine();
            boolean closes = tokens.get(first).getType() == JourneyLexer.RBRACE;
            while (!stack.isEmpty() && (indent < stack.peek().indent() || (indent == stack.peek().indent() && !closes))) {
                Open o = stack.pop();
                out.add(new Unclosed(o.brace(), o.header(), first));
            }
            int last = first;
            boolean opened = false;
            for (int k = first; k < tokens.size() && tokens.get(k).getType() != Token.EOF && tokens.get(k).getLine() == line;
                 k = Tokens.next(tokens, k)) {
                Token t = tokens.get(k);
                last = k;
                if (t.getType() == JourneyLexer.LBRACE) {
                    stack.push(new Open(k, first, indent));
                    opened = true;
                } else if (t.getType() == JourneyLexer.RBRACE) {
                    if (stack.isEmpty() || (k == first && indent > stack.peek().indent() && !opened)) out.add(new Extra(k));
                    else stack.pop();
                }
            }
            int next = Tokens.next(tokens, last);
            if (!opened && isBlockKeyword(tokens.get(first).getType()) && tokens.get(next).getType() != Token.EOF
                    && tokens.get(next).getCharPositionInLine() > indent && tokens.get(next).getLine() > line) {
                out.add(new Unopened(first, last));
            }
            i = next;
        }
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            out.add(new Unclosed(o.brace(), o.header(), tokens.size() - 1));
        }
        return out;
    }

    static boolean isBlockKeyword(int type) {
        return type == JourneyLexer.STEP || type == JourneyLexer.STAGE || type == JourneyLexer.JOURNEY
                || type == JourneyLexer.PERSONA || type == JourneyLexer.TEAM || type == JourneyLexer.OPPORTUNITY;
    }

    /** "step `find-form`" for the block whose line starts at `header`. */
    static String name(List<Token> tokens, int header) {
        Token first = tokens.get(header);
        String keyword = Tokens.keyword(first.getType());
        if (keyword == null) return "block";
        Token id = tokens.get(Tokens.next(tokens, header));
        boolean named = id.getLine() == first.getLine() && (Tokens.wordLike(id) || id.getType() == JourneyLexer.HANDLE);
        return named ? keyword + " `" + id.getText() + "`" : keyword;
    }
}
