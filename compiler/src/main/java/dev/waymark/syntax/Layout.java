package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.grammar.JourneyParser;
import dev.waymark.model.SourceText;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout tokens of a file for the formatter: visible tokens and comments in order, each
 * marked where a property or declaration begins, and the line break the file uses. Empty when
 * the file does not parse cleanly: a broken file is reported, never reformatted.
 */
public final class Layout {
    private Layout() {
    }

    /**
     * @param newline the break between tokens in the source ("\n", "\r\n" or "\r"; "\n" when there is none):
     *                breaks inside comments and strings are theirs and do not count, so the choice survives formatting
     */
    public record Tokens(List<LayoutToken> tokens, String newline) {
    }

    public static Optional<Tokens> of(SourceText source) {
        if (SourceParser.parse(source).hasErrors()) return Optional.empty();
        JourneyLexer lexer = new JourneyLexer(CharStreams.fromString(source.text(), source.path()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        JourneyParser parser = new JourneyParser(tokens);
        parser.removeErrorListeners();
        Set<Integer> itemStarts = new HashSet<>();
        collectItemStarts(parser.file(), itemStarts);
        Lines lines = new Lines(source.text());
        List<LayoutToken> out = new ArrayList<>();
        String newline = null;
        Token previous = null;
        for (Token t : tokens.getTokens()) {
            if (t.getType() == Token.EOF) continue;
            if (t.getChannel() == Token.HIDDEN_CHANNEL) {
                if (newline == null) newline = firstBreak(t.getText());
                continue;
            }
            int start = lines.of(t.getStartIndex());
            int end = previous == null ? 0 : lines.of(previous.getStopIndex());
            int blank = previous == null ? 0 : Math.max(0, start - end - 1);
            boolean sameLine = previous != null && start == end;
            out.add(new LayoutToken(t.getText(), kind(t), itemStarts.contains(t.getTokenIndex()), sameLine, blank));
            previous = t;
        }
        return Optional.of(new Tokens(out, newline == null ? "\n" : newline));
    }

    private static String firstBreak(String whitespace) {
        for (int i = 0; i < whitespace.length(); i++) {
            char c = whitespace.charAt(i);
            if (c == '\n') return "\n";
            if (c == '\r') return i + 1 < whitespace.length() && whitespace.charAt(i + 1) == '\n' ? "\r\n" : "\r";
        }
        return null;
    }

    /** Line numbers by character offset, counting "\r\n", "\r" and "\n" each as one break (the lexer counts only "\n"). */
    private static final class Lines {
        private final int[] breakEnds;
        private final int count;

        Lines(String text) {
            int[] ends = new int[16];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '\n' && c != '\r') continue;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (n == ends.length) ends = Arrays.copyOf(ends, n * 2);
                ends[n++] = i + 1;
            }
            this.breakEnds = ends;
            this.count = n;
        }

        /** 1-based line of the character at `offset`. */
        int of(int offset) {
            int at = Arrays.binarySearch(breakEnds, 0, count, offset);
            return 1 + (at >= 0 ? at + 1 : -at - 1);
        }
    }

    private static void collectItemStarts(ParseTree node, Set<Integer> starts) {
        if (!(node instanceof ParserRuleContext ctx)) return;
        if (ctx.getStart() != null && (ctx instanceof JourneyParser.DeclarationContext || isItem(ctx))) {
            starts.add(ctx.getStart().getTokenIndex());
        }
        for (int i = 0; i < ctx.getChildCount(); i++) collectItemStarts(ctx.getChild(i), starts);
    }

    private static boolean isItem(ParserRuleContext ctx) {
        return ctx instanceof JourneyParser.TeamItemContext || ctx instanceof JourneyParser.PersonaItemContext
                || ctx instanceof JourneyParser.JourneyItemContext || ctx instanceof JourneyParser.StageItemContext
                || ctx instanceof JourneyParser.StepItemContext || ctx instanceof JourneyParser.OpportunityItemContext;
    }

    private static LayoutToken.Kind kind(Token t) {
        return switch (t.getType()) {
            case JourneyLexer.LBRACE -> LayoutToken.Kind.OPEN;
            case JourneyLexer.RBRACE -> LayoutToken.Kind.CLOSE;
            case JourneyLexer.COMMA -> LayoutToken.Kind.COMMA;
            case JourneyLexer.DOT -> LayoutToken.Kind.DOT;
            case JourneyLexer.DOTDOT -> LayoutToken.Kind.DOTDOT;
            case JourneyLexer.ARROW -> LayoutToken.Kind.ARROW;
            case JourneyLexer.EQUALS -> LayoutToken.Kind.EQUALS;
            case JourneyLexer.LINE_COMMENT -> LayoutToken.Kind.LINE_COMMENT;
            case JourneyLexer.BLOCK_COMMENT -> LayoutToken.Kind.BLOCK_COMMENT;
            default -> LayoutToken.Kind.WORD;
        };
    }
}
