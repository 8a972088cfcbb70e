package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.grammar.JourneyParser.*;
import dev.waymark.model.*;
import dev.waymark.model.UnreadableValue.Slot;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the leaves of the parse tree (ids, texts, handles, dates, numbers, references) into
 * model values with their spans, for {@link AstBuilder}. Where error recovery left a leaf
 * missing it throws {@link Hole}, so the builder drops the item instead of inventing a value.
 */
final class LeafReader {
    /** Texts up to this length are held once ({@link #word}); longer ones are rarely written twice. */
    private static final int SHORT_TEXT = 120;
    private final SourceLines lines;
    private final SyntaxErrorListener errors;
    private final ValueReader values = new ValueReader();

    LeafReader(SourceLines lines, SyntaxErrorListener errors) {
        this.lines = lines;
        this.errors = errors;
    }

    /** The values too large to hold, for `invalid-value`. */
    List<UnreadableValue> unreadable() {
        return values.unreadable();
    }

    Optional<Located<String>> owner(OwnerContext ctx) {
        return present(ctx.HANDLE()) ? Optional.of(handle(ctx.HANDLE())) : Optional.empty();
    }

    Reference reference(ReferenceContext ctx) {
        if (ctx.ident().size() > 1) {
            return new Reference(Optional.of(id(ctx.ident(0))), id(ctx.ident(1)), span(ctx));
        }
        return new Reference(Optional.empty(), id(ctx.ident(0)), span(ctx));
    }

    void addExtra(List<ExtraProperty> extras, ExtraPropertyContext ctx) {
        ValueContext v = ctx.value();
        String value = v.text() != null ? text(v.text()) : v.getText();
        extras.add(new ExtraProperty(word(ctx.EXTRA_NAME().getText()), value, span(ctx)));
    }

    DateValue date(TerminalNode node) {
        Token token = node.getSymbol();
        if (token.getTokenIndex() < 0) throw new Hole();
        Optional<LocalDate> date;
        try {
            date = Optional.of(LocalDate.parse(token.getText()));
        } catch (DateTimeParseException e) {
            date = Optional.empty();
        }
        return new DateValue(token.getText(), date, span(token));
    }

    Optional<Measure> read(MeasureContext ctx, Slot slot) {
        return read(ctx.PERCENT() != null ? ctx.PERCENT() : ctx.number().NUMBER(), slot);
    }

    Optional<Measure> read(TerminalNode node, Slot slot) {
        if (!present(node)) throw new Hole();
        return values.number(word(node.getText()), span(node.getSymbol()), slot);
    }

    Optional<Located<DurationValue>> duration(TerminalNode node, Slot slot) {
        if (!present(node)) throw new Hole();
        return values.duration(node.getText(), span(node.getSymbol()), slot);
    }

    Located<String> handle(TerminalNode node) {
        if (!present(node)) throw new Hole();
        return new Located<>(word(node.getText()), span(node.getSymbol()));
    }

    /** A text with the span of its literal. */
    Located<String> located(TextContext ctx) {
        return new Located<>(text(ctx), span(ctx));
    }

    Located<String> located(IdentContext ctx) {
        return new Located<>(id(ctx), span(ctx));
    }

    String id(IdentContext ctx) {
        if (ctx == null || ctx.getStart() == null || ctx.getStart().getTokenIndex() < 0 || ctx.exception != null) throw new Hole();
        // an ident is one token; its own text spares the builder ParserRuleContext.getText() uses
        return word(ctx.getChildCount() == 1 ? ctx.getStart().getText() : ctx.getText());
    }

    /**
     * Ids, handles, numbers and vocabulary words repeat across a workspace (every `next`, every
     * lane, every score), so they are held once: in a 1,000-journey workspace this is most of the
     * strings the model keeps. The JVM's string table holds its entries weakly, so words no map
     * uses any more are collected (the language server runs for days). Short prose is held once
     * too ({@link #text}): labels, reasons and evidence recur across maps.
     */
    private static String word(String text) {
        return text.intern();
    }

    Optional<String> title(TitleContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(text(ctx.text()));
    }

    String text(TextContext ctx) {
        if (ctx == null || ctx.getStart() == null || ctx.getStart().getTokenIndex() < 0) throw new Hole();
        Token token = ctx.getStart();
        if (token.getType() == JourneyLexer.BLOCK_STRING) return StringLiterals.block(token.getText());
        if (token.getType() != JourneyLexer.STRING) throw new Hole();
        Consumer<String> bad = problem -> errors.add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, span(token), problem));
        String text = StringLiterals.quoted(token.getText(), bad);
        // a one-line text ("Gives up", "Survey 2026") is often written again: held once, as words are
        return text.length() <= SHORT_TEXT ? word(text) : text;
    }

    boolean present(TerminalNode node) {
        return node != null && node.getSymbol().getTokenIndex() >= 0;
    }

    SourceSpan span(ParserRuleContext ctx) {
        return Spans.of(lines, ctx);
    }

    SourceSpan span(Token token) {
        return Spans.of(lines, token);
    }

    /** A part of the parse tree that error recovery left missing. */
    static final class Hole extends RuntimeException {
        Hole() {
            super(null, null, false, false);
        }
    }
}
