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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The layout tokens of a file for the formatter: visible tokens and comments in order, each
 * marked where a property or declaration begins. Empty when the file does not parse cleanly:
 * a broken file is reported, never reformatted.
 */
public final class Layout {
    private Layout() {
    }

    public static Optional<List<LayoutToken>> of(SourceText source) {
        if (SourceParser.parse(source).hasErrors()) return Optional.empty();
        JourneyLexer lexer = new JourneyLexer(CharStreams.fromString(source.text(), source.path()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        JourneyParser parser = new JourneyParser(tokens);
        parser.removeErrorListeners();
        Set<Integer> itemStarts = new HashSet<>();
        collectItemStarts(parser.file(), itemStarts);
        List<LayoutToken> out = new ArrayList<>();
        Token previous = null;
        for (Token t : tokens.getTokens()) {
            if (t.getType() == Token.EOF || t.getChannel() == Token.HIDDEN_CHANNEL) continue;
            int blank = previous == null ? 0 : Math.max(0, t.getLine() - endLine(previous) - 1);
            boolean sameLine = previous != null && t.getLine() == endLine(previous);
            out.add(new LayoutToken(t.getText(), kind(t), itemStarts.contains(t.getTokenIndex()), sameLine, blank));
            previous = t;
        }
        return Optional.of(out);
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

    private static int endLine(Token t) {
        String text = t.getText();
        int lines = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        return t.getLine() + lines;
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
