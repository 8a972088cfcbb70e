package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

/** Token lists that repairs edit: a repair never changes the text, only the tokens the parser sees. */
final class Tokens {
    private Tokens() {
    }

    /** A fresh stream over copies (a stream renumbers its tokens, so lists stay shareable). */
    static CommonTokenStream stream(List<Token> tokens) {
        List<Token> copies = new ArrayList<>(tokens.size());
        for (Token t : tokens) copies.add(new CommonToken(t));
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(copies));
        stream.fill();
        return stream;
    }

    /** The same place in the text, read by the parser as another token. */
    static CommonToken as(Token t, int type, String text) {
        CommonToken c = new CommonToken(t);
        c.setType(type);
        c.setText(text);
        return c;
    }

    /** A token the text lacks, read as if it stood just before `at`. */
    static CommonToken inserted(Token at, int type, String text) {
        CommonToken c = new CommonToken(at);
        c.setType(type);
        c.setText(text);
        c.setChannel(Token.DEFAULT_CHANNEL);
        c.setStopIndex(at.getStartIndex() - 1);
        return c;
    }

    /** The token stays in the text but the parser no longer sees it. */
    static CommonToken hidden(Token t) {
        CommonToken c = new CommonToken(t);
        c.setChannel(Token.HIDDEN_CHANNEL);
        return c;
    }

    static List<Token> replace(List<Token> tokens, int index, Token... with) {
        List<Token> out = new ArrayList<>(tokens.size() + with.length);
        out.addAll(tokens.subList(0, index));
        out.addAll(List.of(with));
        out.addAll(tokens.subList(index + 1, tokens.size()));
        return out;
    }

    static List<Token> insert(List<Token> tokens, int index, Token token) {
        List<Token> out = new ArrayList<>(tokens);
        out.add(index, token);
        return out;
    }

    static boolean visible(Token t) {
        return t.getChannel() == Token.DEFAULT_CHANNEL;
    }

    /** Index of the visible token before `index`, or -1. */
    static int previous(List<Token> tokens, int index) {
        for (int i = index - 1; i >= 0; i--) if (visible(tokens.get(i))) return i;
        return -1;
    }

    /** Index of the visible token after `index` (EOF at the latest). */
    static int next(List<Token> tokens, int index) {
        for (int i = index + 1; i < tokens.size(); i++) if (visible(tokens.get(i))) return i;
        return tokens.size() - 1;
    }

    /** True for a word the parser may read as an id: an id, a keyword, an x-property name. */
    static boolean wordLike(Token t) {
        int type = t.getType();
        return type == JourneyLexer.IDENT || type == JourneyLexer.EXTRA_NAME || isKeyword(type);
    }

    static boolean isKeyword(int type) {
        return keyword(type) != null;
    }

    /** The keyword a token type stands for (`reviewed`), or null: keywords are the literal tokens made of letters. */
    static String keyword(int type) {
        String literal = type > 0 ? JourneyLexer.VOCABULARY.getLiteralName(type) : null;
        return literal != null && Character.isLetter(literal.charAt(1)) ? literal.substring(1, literal.length() - 1) : null;
    }

    /** Every keyword with its token type. */
    static java.util.Map<String, Integer> keywords() {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        for (int type = 1; type <= JourneyLexer.VOCABULARY.getMaxTokenType(); type++) {
            String k = keyword(type);
            if (k != null) out.put(k, type);
        }
        return out;
    }

    static int endLine(Token t) {
        String text = t.getText();
        int lines = 0;
        for (int i = 0; text != null && i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        return t.getLine() + lines;
    }
}
