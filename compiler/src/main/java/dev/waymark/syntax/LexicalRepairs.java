package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceText;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mistakes a single token shows: text in typographic quotes, a date in another format, a sign
 * apart from its number, a string left open, `#` comments, a `:` or `;` after a word. Each is
 * reported once with the edit that fixes it, and the token is read as if fixed, so the rest of
 * the file parses as the writer meant it and nothing else is reported because of it.
 */
final class LexicalRepairs {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})");

    private final SourceText source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private LexicalRepairs(SourceText source) {
        this.source = source;
    }

    record Result(List<Token> tokens, List<Diagnostic> diagnostics) {
    }

    static Result apply(SourceText source, List<Token> tokens) {
        LexicalRepairs r = new LexicalRepairs(source);
        List<Token> out = r.repair(tokens);
        return new Result(out, List.copyOf(r.diagnostics));
    }

    private List<Token> repair(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            switch (t.getType()) {
                case JourneyLexer.SMART_STRING -> out.add(smartString(t));
                case JourneyLexer.BAD_DATE -> out.add(date(t));
                case JourneyLexer.UNTERMINATED_STRING -> out.addAll(unterminated(t));
                case JourneyLexer.UNKNOWN_CHAR -> i = unknown(in, i, out);
                default -> out.add(t);
            }
        }
        return out;
    }

    private Token smartString(Token t) {
        String text = t.getText();
        String content = text.substring(1, text.length() - 1).replace("\\", "\\\\");
        String fixed = "\"" + content + "\"";
        report(t, "text in typographic quotes " + text.charAt(0) + "…" + text.charAt(text.length() - 1)
                + ": Waymark reads only straight quotes", "write `" + Fix.line(source, t, fixed) + "`");
        return Tokens.as(t, JourneyLexer.STRING, fixed);
    }

    private Token date(Token t) {
        String text = t.getText();
        Optional<String> iso = iso(text);
        report(t, "`" + text + "` is not a date in the form YYYY-MM-DD",
                iso.map(d -> "write `" + Fix.line(source, t, d) + "`").orElse("write the date as YYYY-MM-DD, e.g. `2026-11-01`"));
        return Tokens.as(t, JourneyLexer.DATE, iso.orElse(text));
    }

    /** The date in ISO form when the writing leaves no doubt: year first, or day first with dots or dashes. */
    static Optional<String> iso(String text) {
        Matcher y = YEAR_FIRST.matcher(text);
        if (y.matches()) return Optional.of(ymd(y.group(1), y.group(2), y.group(3)));
        Matcher d = DAY_FIRST.matcher(text);
        if (d.matches()) {
            int a = Integer.parseInt(d.group(1));
            int b = Integer.parseInt(d.group(2));
            // 11/01/2026 is November in the US and January elsewhere: only guess when one reading is impossible
            boolean slash = text.contains("/");
            if (!slash || a > 12) return Optional.of(ymd(d.group(3), d.group(2), d.group(1)));
            if (b > 12) return Optional.of(ymd(d.group(3), d.group(1), d.group(2)));
        }
        return Optional.empty();
    }

    private static String ymd(String y, String m, String d) {
        return y + "-" + (m.length() == 1 ? "0" + m : m) + "-" + (d.length() == 1 ? "0" + d : d);
    }

    private List<Token> unterminated(Token t) {
        String text = t.getText();
        String body = text.stripTrailing();
        boolean brace = body.endsWith("{") && body.length() > 1;
        if (brace) body = body.substring(0, body.length() - 1).stripTrailing();
        String content = body.substring(1);
        char last = content.isEmpty() ? 0 : content.charAt(content.length() - 1);
        String help;
        if (last == '\u201D' || last == '\u201C') {
            content = content.substring(0, content.length() - 1);
            String fixed = "\"" + content + "\"" + (brace ? " {" : "");
            report(t, "this text opens with `\"` but closes with the typographic quote `" + last + "`",
                    "write `" + Fix.line(source, t, fixed) + "`");
        } else {
            String fixed = "\"" + content + "\"" + (brace ? " {" : "");
            help = "add the closing `\"`: `" + Fix.line(source, t, fixed) + "`";
            report(t, "unterminated string", help);
        }
        Token string = Tokens.as(t, JourneyLexer.STRING, "\"" + content + "\"");
        if (!brace) return List.of(string);
        int at = t.getStartIndex() + text.lastIndexOf('{');
        org.antlr.v4.runtime.CommonToken open = Tokens.as(t, JourneyLexer.LBRACE, "{");
        open.setStartIndex(at);
        open.setStopIndex(at);
        open.setCharPositionInLine(t.getCharPositionInLine() + text.lastIndexOf('{'));
        return List.of(string, open);
    }

    /** Returns the index of the last token it consumed. */
    private int unknown(List<Token> in, int i, List<Token> out) {
        Token t = in.get(i);
        String c = t.getText();
        switch (c) {
            case "-", "+", "\u2212", "\u2013" -> {
                int n = i + 1;
                boolean gap = false;
                while (n < in.size() && in.get(n).getType() == JourneyLexer.WS && !in.get(n).getText().contains("\n")) {
                    gap = true;
                    n++;
                }
                if (n < in.size() && (in.get(n).getType() == JourneyLexer.NUMBER || in.get(n).getType() == JourneyLexer.PERCENT)
                        && !in.get(n).getText().startsWith("-") && !in.get(n).getText().startsWith("+")) {
                    Token number = in.get(n);
                    String sign = c.equals("+") ? "+" : "-";
                    String fixed = sign + number.getText();
                    String line = Fix.line(source, t.getStartIndex(), number.getStopIndex() + 1, fixed);
                    if (gap) report(t, "the sign `" + c + "` stands apart from its number", "write `" + line + "` (no space after the sign)");
                    else report(t, "`" + c + "` is a typographic dash, not a minus sign", "write `" + line + "` with the ASCII `-`");
                    org.antlr.v4.runtime.CommonToken merged = Tokens.as(t, number.getType(), fixed);
                    merged.setStopIndex(number.getStopIndex());
                    out.add(merged);
                    for (int k = i + 1; k <= n; k++) out.add(Tokens.hidden(in.get(k)));
                    return n;
                }
            }
            case "#" -> {
                report(t, "`#` does not start a comment in a journey file", "write `//` instead of `#`");
                int n = i;
                while (n < in.size() && in.get(n).getType() != Token.EOF && !(in.get(n).getType() == JourneyLexer.WS && in.get(n).getText().contains("\n"))) {
                    out.add(Tokens.hidden(in.get(n)));
                    n++;
                }
                return n - 1;
            }
            case ":" -> {
                int p = Tokens.previous(in, i);
                // `owner: @cx`: a keyword opening its line; a `:` inside unquoted text is that text's problem
                if (p >= 0 && Tokens.isKeyword(in.get(p).getType()) && in.get(p).getLine() == t.getLine()
                        && (Tokens.previous(in, p) < 0 || Tokens.endLine(in.get(Tokens.previous(in, p))) < t.getLine())) {
                    report(t, "a property takes no `:`", "write `" + Fix.line(source, t, "").replaceAll("\\s+", " ") + "`");
                    out.add(Tokens.hidden(t));
                    return i;
                }
            }
            case "\u00A0", "\u2007", "\u202F", "\u200B", "\u2060", "\uFEFF" -> {
                String what = SyntaxErrorListener.describeChar(c);
                report(t, (what.startsWith("U+") ? "an invisible character " : "") + what + " where a plain space belongs",
                        "replace it with a space (it often comes with text pasted from a web page or a word processor)");
                out.add(Tokens.hidden(t));
                return i;
            }
            case "%" -> {
                int p = Tokens.previous(out, out.size());
                if (p >= 0 && out.get(p).getType() == JourneyLexer.NUMBER && out.get(p).getLine() == t.getLine()) {
                    Token number = out.get(p);
                    String fixed = number.getText() + "%";
                    report(t, "the `%` stands apart from its number", "write `"
                            + Fix.line(source, number.getStartIndex(), t.getStopIndex() + 1, fixed) + "` (no space before `%`)");
                    org.antlr.v4.runtime.CommonToken merged = Tokens.as(number, JourneyLexer.PERCENT, fixed);
                    merged.setStopIndex(t.getStopIndex());
                    out.set(p, merged);
                    out.add(Tokens.hidden(t));
                    return i;
                }
            }
            case ";" -> {
                report(t, "lines in a journey file do not end with `;`", "remove the `;`");
                out.add(Tokens.hidden(t));
                return i;
            }
            default -> {
            }
        }
        out.add(t);
        return i;
    }

    private void report(Token t, String message, String help) {
        diagnostics.add(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, Spans.firstLine(Spans.of(source.path(), t)), message).withHelp(help));
    }
}
