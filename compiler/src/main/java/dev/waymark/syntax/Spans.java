package dev.waymark.syntax;

import dev.waymark.model.SourceLines;
import dev.waymark.model.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source spans from tokens and parse-tree nodes (columns are 1-based, ends exclusive). */
final class Spans {
    private Spans() {
    }

    static SourceSpan of(String path, Token token) {
        if (token.getType() == Token.EOF) {
            return new SourceSpan(path, token.getLine(), token.getCharPositionInLine() + 1,
                    token.getLine(), token.getCharPositionInLine() + 2, token.getStartIndex(), token.getStartIndex());
        }
        int[] end = endOf(token);
        return new SourceSpan(path, token.getLine(), token.getCharPositionInLine() + 1, end[0], end[1],
                token.getStartIndex(), token.getStopIndex() + 1);
    }

    static SourceSpan of(String path, ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() != null && ctx.getStop().getTokenIndex() >= start.getTokenIndex() ? ctx.getStop() : start;
        int[] end = endOf(stop);
        return new SourceSpan(path, start.getLine(), start.getCharPositionInLine() + 1, end[0], end[1],
                start.getStartIndex(), stop.getStopIndex() + 1);
    }

    /** A span of the file's tokens: compact, sharing the file's line starts (see {@link SourceSpan}). */
    static SourceSpan of(SourceLines lines, Token token) {
        SourceSpan s = of(lines.path(), token);
        return lines.span(s.line(), s.column(), s.endLine(), s.endColumn(), s.startOffset(), s.endOffset());
    }

    static SourceSpan of(SourceLines lines, ParserRuleContext ctx) {
        SourceSpan s = of(lines.path(), ctx);
        return lines.span(s.line(), s.column(), s.endLine(), s.endColumn(), s.startOffset(), s.endOffset());
    }

    /** The first line of a span: a caret under a whole unterminated block would fill the screen. */
    static SourceSpan firstLine(SourceSpan span) {
        if (span.line() == span.endLine()) return span;
        return new SourceSpan(span.file(), span.line(), span.column(), span.line(), span.column() + 3,
                span.startOffset(), span.startOffset() + 3);
    }

    private static int[] endOf(Token token) {
        String text = token.getText();
        if (text == null || token.getType() == Token.EOF) {
            return new int[] {token.getLine(), token.getCharPositionInLine() + 2};
        }
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
