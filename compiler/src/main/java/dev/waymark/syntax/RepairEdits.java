package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The edits {@link Repairs} tries where a parse stops, one method per usual mistake. Each adds
 * candidates: the edited tokens and the `syntax` diagnostic whose help is that edit, both built
 * lazily because most candidates are never tried.
 */
final class RepairEdits {
    private final SourceText source;

    RepairEdits(SourceText source) {
        this.source = source;
    }

    record Candidate(Supplier<List<Token>> tokens, Supplier<Diagnostic> diagnostic) {
    }

    void keywordTypo(List<Token> tokens, int k, String where, List<Candidate> out) {
        Token t = tokens.get(k);
        String word = t.getText();
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        List<Map.Entry<String, Integer>> close = new ArrayList<>();
        for (Map.Entry<String, Integer> e : Tokens.keywords().entrySet()) {
            if (e.getValue() == t.getType()) continue;
            int d = dev.waymark.model.DidYouMean.distance(word.toLowerCase(Locale.ROOT), e.getKey());
            if (d <= allowed) close.add(e);
        }
        close.sort(Comparator.comparingInt(e -> dev.waymark.model.DidYouMean.distance(word.toLowerCase(Locale.ROOT), e.getKey())));
        for (Map.Entry<String, Integer> e : close) {
            String keyword = e.getKey();
            out.add(new Candidate(() -> Tokens.replace(tokens, k, Tokens.as(t, e.getValue(), keyword)),
                    () -> error(t, (Tokens.isKeyword(t.getType()) ? "unexpected `" : startsLine(tokens, k) && !where.equals(" at the top level")
                            ? "unknown property `" : "unknown keyword `") + word + "`" + where,
                            "did you mean `" + keyword + "`?")));
        }
    }

    /** `mood "grumpy"` in a step: not a property Waymark knows; the writer's own data goes in an x-property. */
    void unknownProperty(List<Token> tokens, int k, TrialParse.Failure f, String where, List<Candidate> out) {
        Token t = tokens.get(k);
        if (t.getText().startsWith("x-")) return;
        String fixed = "x-" + t.getText();
        List<String> known = new ArrayList<>();
        for (int type : TrialParse.itemStarts(f.rule()).toList()) {
            String keyword = Tokens.keyword(type);
            if (keyword != null) known.add("`" + keyword + "`");
        }
        known.sort(null);
        String list = known.isEmpty() ? "" : "the properties here are " + String.join(", ", known) + "; ";
        out.add(new Candidate(() -> Tokens.replace(tokens, k, Tokens.as(t, JourneyLexer.EXTRA_NAME, fixed)),
                () -> error(t, "unknown property `" + t.getText() + "`" + where,
                        list + "for data of your own write `" + Fix.line(source, t, fixed) + "`")));
    }

    /** `emotion "Bored"`: the score comes first. */
    void emotionScore(List<Token> tokens, int k, List<Candidate> out) {
        Token t = tokens.get(k);
        out.add(new Candidate(() -> Tokens.insert(tokens, k, Tokens.inserted(t, JourneyLexer.NUMBER, "0")),
                () -> error(t, "an emotion needs a score before its label",
                        "write `" + Fix.line(source, t.getStartIndex(), t.getStartIndex(), "0 ")
                                + "` with the score that fits, from -3 (worst) to +3 (delighted)")));
    }

    /** `owner @cx @kim`: one owner is accountable; the others are the team's members. */
    void secondOwner(List<Token> tokens, int k, int p, List<Candidate> out) {
        Token t = tokens.get(k);
        out.add(new Candidate(() -> Tokens.replace(tokens, k, Tokens.hidden(t)),
                () -> error(t, "an element has one owner, not two",
                        "keep one: `" + Fix.line(source, tokens.get(p).getStopIndex() + 1, t.getStopIndex() + 1, "")
                                + "`; to name several people, declare a `team` with `members` and make it the owner")));
    }

    /** `review every 90`: a duration needs its unit. */
    void duration(List<Token> tokens, int k, List<Candidate> out) {
        Token t = tokens.get(k);
        if (!t.getText().matches("\\d+")) return;
        String fixed = t.getText() + "d";
        out.add(new Candidate(() -> Tokens.replace(tokens, k, Tokens.as(t, JourneyLexer.DURATION, fixed)),
                () -> error(t, "a duration needs a unit: h, d, w, m or y", "write `" + Fix.line(source, t, fixed) + "` for " + t.getText() + " days")));
    }

    /** `age 25-34`: a range is written with `..`. */
    void range(List<Token> tokens, int p, int k, List<Candidate> out) {
        Token from = tokens.get(p);
        Token to = tokens.get(k);
        String fixed = from.getText() + ".." + to.getText().substring(1);
        out.add(new Candidate(() -> {
            List<Token> edited = new ArrayList<>(tokens.subList(0, p + 1));
            edited.add(Tokens.inserted(to, JourneyLexer.DOTDOT, ".."));
            edited.add(Tokens.as(to, JourneyLexer.NUMBER, to.getText().substring(1)));
            edited.addAll(tokens.subList(k + 1, tokens.size()));
            return edited;
        }, () -> error(span(from, to), "a range is written with `..`", "write `" + Fix.line(source, from.getStartIndex(), to.getStopIndex() + 1, fixed) + "`")));
    }

    /** A `,` between list items or the `=` of a metric, left out. */
    void missing(List<Token> tokens, int k, int p, int type, String mark, List<Candidate> out) {
        Token t = tokens.get(k);
        Token before = tokens.get(p);
        out.add(new Candidate(() -> Tokens.insert(tokens, k, Tokens.inserted(t, type, mark.strip())),
                () -> error(t, "missing `" + mark.strip() + "` before `" + t.getText() + "`",
                        "write `" + Fix.line(source, before.getStopIndex() + 1, before.getStopIndex() + 1, mark) + "`")));
    }

    /** Steps written directly in a journey: they belong to a stage; wrap the run of steps in one. */
    void stepOutsideStage(List<Token> tokens, int k, TrialParse.Failure f, List<Candidate> out) {
        if (!f.rule().startsWith("journey")) return;
        int end = -1;
        for (int i = k; i < tokens.size() && tokens.get(i).getType() == JourneyLexer.STEP; i = Tokens.next(tokens, end)) {
            end = endOfStep(tokens, i);
        }
        if (end < 0) return;
        Token t = tokens.get(k);
        int last = end;
        int lastLine = Tokens.endLine(tokens.get(end));
        out.add(new Candidate(() -> {
            List<Token> edited = new ArrayList<>(tokens.subList(0, k));
            edited.add(Tokens.inserted(t, JourneyLexer.STAGE, "stage"));
            edited.add(Tokens.inserted(t, JourneyLexer.IDENT, "steps"));
            edited.add(Tokens.inserted(t, JourneyLexer.LBRACE, "{"));
            edited.addAll(tokens.subList(k, last + 1));
            edited.add(Tokens.inserted(tokens.get(last + 1), JourneyLexer.RBRACE, "}"));
            edited.addAll(tokens.subList(last + 1, tokens.size()));
            return edited;
        }, () -> error(t, "a step must be inside a stage",
                "add `stage my-stage \"Stage\" {` before line " + t.getLine() + " and `}` after line " + lastLine)));
    }

    /** The index of a step's last token: its closing `}`, or the end of its line when it has no block. */
    private static int endOfStep(List<Token> tokens, int start) {
        int depth = 0;
        int line = tokens.get(start).getLine();
        int last = start;
        for (int j = start; j < tokens.size() && tokens.get(j).getType() != Token.EOF; j = Tokens.next(tokens, j)) {
            Token u = tokens.get(j);
            if (depth == 0 && u.getLine() != line) return last;
            if (u.getType() == JourneyLexer.LBRACE) depth++;
            else if (u.getType() == JourneyLexer.RBRACE && --depth == 0) return j;
            last = j;
        }
        return last;
    }

    void handle(List<Token> tokens, int k, List<Candidate> out) {
        Token t = tokens.get(k);
        boolean text = t.getType() == JourneyLexer.STRING;
        String name = text ? slug(t.getText().substring(1, t.getText().length() - 1)) : t.getText();
        if (name.isEmpty()) return;
        String fixed = "@" + name;
        out.add(new Candidate(() -> Tokens.replace(tokens, k, Tokens.as(t, JourneyLexer.HANDLE, fixed)),
                () -> error(t, text ? "an owner or member is an @handle, not text" : "`" + name + "` is not a handle: handles start with `@`",
                        "write `" + Fix.line(source, t, fixed) + "`")));
    }

    void percent(List<Token> tokens, int k, int p, List<Candidate> out) {
        Token t = tokens.get(k);
        String fixed = t.getText() + "%";
        boolean dropoff = p >= 0 && tokens.get(p).getType() == JourneyLexer.DROPOFF;
        String what = dropoff ? "a drop-off" : "a share of customers";
        out.add(new Candidate(() -> Tokens.replace(tokens, k, Tokens.as(t, JourneyLexer.PERCENT, fixed)),
                () -> error(t, what + " is a percentage: `" + t.getText() + "` needs a `%`", "write `" + Fix.line(source, t, fixed) + "`")));
    }

    void missingId(List<Token> tokens, int k, int p, List<Candidate> out) {
        Token t = tokens.get(k);
        String kind = Optional.ofNullable(Tokens.keyword(tokens.get(p).getType())).orElse("declaration");
        String id = t.getType() == JourneyLexer.STRING ? slug(t.getText().substring(1, t.getText().length() - 1)) : "";
        String shown = id.isEmpty() ? "my-" + kind : id;
        out.add(new Candidate(() -> Tokens.insert(tokens, k, Tokens.inserted(t, JourneyLexer.IDENT, shown)),
                () -> error(t, "this " + kind + " has no id",
                        "write `" + Fix.line(source, t.getStartIndex(), t.getStartIndex(), shown + " ") + "` (ids are letters, digits, `_` and `-`)")));
    }

    /** Words where text belongs: everything from here to the end of the line (before `{`, `->` or a comment) in quotes. */
    void quoted(List<Token> tokens, int k, int p, List<Candidate> out) {
        Token t = tokens.get(k);
        int last = k;
        for (int i = k; i < tokens.size(); i = Tokens.next(tokens, i)) {
            Token u = tokens.get(i);
            if (u.getType() == Token.EOF || u.getLine() != t.getLine() || u.getType() == JourneyLexer.LBRACE
                    || u.getType() == JourneyLexer.ARROW || u.getType() == JourneyLexer.RBRACE || u.getType() == JourneyLexer.STRING) break;
            last = i;
        }
        int end = last;
        String words = source.text().substring(t.getStartIndex(), tokens.get(end).getStopIndex() + 1);
        String fixed = "\"" + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String what = p >= 0 && tokens.get(p).getType() == JourneyLexer.NUMBER ? "a label" : p >= 0 && Tokens.wordLike(tokens.get(p))
                && Braces.isBlockKeyword(tokens.get(Math.max(0, Tokens.previous(tokens, p))).getType()) ? "a title" : "text";
        out.add(new Candidate(() -> {
            List<Token> edited = new ArrayList<>(tokens.subList(0, k));
            CommonToken string = Tokens.as(t, JourneyLexer.STRING, fixed);
            string.setStopIndex(tokens.get(end).getStopIndex());
            edited.add(string);
            for (int i = k + 1; i <= end; i++) edited.add(Tokens.hidden(tokens.get(i)));
            edited.addAll(tokens.subList(end + 1, tokens.size()));
            return edited;
        }, () -> error(span(t, tokens.get(end)), what + " must be in quotes",
                "write `" + Fix.line(source, t.getStartIndex(), tokens.get(end).getStopIndex() + 1, fixed) + "`")));
    }

    Candidate badIdent(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String word = t.getText();
        StringBuilder bad = new StringBuilder();
        word.codePoints().filter(cp -> !(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-')))
                .distinct().forEach(cp -> bad.append(bad.isEmpty() ? "" : ", ").append(SyntaxErrorListener.describeChar(Character.toString(cp))));
        String suggestion = asciiId(word);
        return new Candidate(() -> Tokens.replace(tokens, k, Tokens.as(t, JourneyLexer.IDENT, word)),
                () -> error(t, "`" + SyntaxErrorListener.printable(word) + "` is not an id: it contains " + bad,
                        "ids use only the letters a-z and A-Z, digits, `_` and `-`" + (suggestion.isEmpty() ? "" : "; write `" + suggestion + "`")));
    }

    void joined(List<Token> tokens, int p, int k, List<Candidate> out) {
        Token a = tokens.get(p);
        Token b = tokens.get(k);
        String gap = source.text().substring(a.getStopIndex() + 1, b.getStartIndex());
        if (gap.isEmpty() || !gap.isBlank() || gap.contains("\n") || gap.contains("\r")) return;
        String id = a.getText() + "-" + b.getText();
        String what = gap.contains("\t") ? "a tab" : "a space";
        out.add(new Candidate(() -> {
            List<Token> edited = new ArrayList<>(tokens.subList(0, p));
            CommonToken joined = Tokens.as(a, JourneyLexer.IDENT, id);
            joined.setStopIndex(b.getStopIndex());
            edited.add(joined);
            for (int i = p + 1; i <= k; i++) edited.add(Tokens.hidden(tokens.get(i)));
            edited.addAll(tokens.subList(k + 1, tokens.size()));
            return edited;
        }, () -> error(span(a, b), "an id cannot contain " + what,
                "write `" + Fix.line(source, a.getStartIndex(), b.getStopIndex() + 1, id) + "`")));
    }

    static boolean startsLine(List<Token> tokens, int k) {
        int p = Tokens.previous(tokens, k);
        return p < 0 || Tokens.endLine(tokens.get(p)) < tokens.get(k).getLine();
    }

    boolean separatedByTab(List<Token> tokens, int p, int k) {
        return source.text().substring(tokens.get(p).getStopIndex() + 1, tokens.get(k).getStartIndex()).contains("\t");
    }

    /** `step step find-form`: the word before is written twice. */
    void duplicate(List<Token> tokens, int k, int p, List<Candidate> out) {
        for (int at : new int[] {k, p}) {
            if (at < 0) continue;
            int before = Tokens.previous(tokens, at);
            if (before < 0) continue;
            Token a = tokens.get(before);
            Token b = tokens.get(at);
            if (b.getType() == Token.EOF || !a.getText().equals(b.getText()) || a.getLine() != b.getLine()) continue;
            out.add(new Candidate(() -> Tokens.replace(tokens, at, Tokens.hidden(b)),
                    () -> error(b, "`" + b.getText() + "` is written twice",
                            "write `" + Fix.line(source, a.getStartIndex(), b.getStopIndex() + 1, a.getText()) + "`")));
        }
    }

    void braces(List<Token> tokens, TrialParse.Failure f, List<Candidate> out) {
        int tried = 0;
        for (Braces.Anomaly a : Braces.find(tokens)) {
            if (tried == 4) break;
            if (a instanceof Braces.Unclosed u && u.before() <= f.index()) {
                tried++;
                Token before = tokens.get(u.before());
                Token open = tokens.get(u.open());
                String block = Braces.name(tokens, u.header());
                int lastLine = Tokens.endLine(tokens.get(Tokens.previous(tokens, u.before())));
                out.add(new Candidate(() -> Tokens.insert(tokens, u.before(), Tokens.inserted(before, JourneyLexer.RBRACE, "}")),
                        () -> error(before, "missing `}`: the " + block + " opened on line " + open.getLine() + " is not closed",
                                "add `}` on its own line after line " + lastLine)
                                .withRelated(Spans.of(source.path(), open), "the " + block + " opens here")));
            } else if (a instanceof Braces.Extra e && e.index() <= f.index()) {
                tried++;
                Token brace = tokens.get(e.index());
                out.add(new Candidate(() -> Tokens.replace(tokens, e.index(), Tokens.hidden(brace)),
                        () -> error(brace, "this `}` closes no block: there is one `}` too many", "remove this `}`")));
            } else if (a instanceof Braces.Unopened u && u.last() < f.index()) {
                tried++;
                Token last = tokens.get(u.last());
                String block = Braces.name(tokens, u.header());
                int at = u.last() + 1;
                out.add(new Candidate(() -> Tokens.insert(tokens, at, Tokens.inserted(tokens.get(at), JourneyLexer.LBRACE, "{")),
                        () -> error(last, "missing `{`: the " + block + " has properties below it but no block",
                                "write `" + Fix.line(source, last.getStopIndex() + 1, last.getStopIndex() + 1, " {") + "`")));
            }
        }
        if (tried == 0 && f.token().getType() == JourneyLexer.RBRACE && f.rule().equals("file")) {
            Token brace = f.token();
            int at = f.index();
            out.add(new Candidate(() -> Tokens.replace(tokens, at, Tokens.hidden(brace)),
                    () -> error(brace, "this `}` closes no block: there is one `}` too many", "remove this `}`")));
        }
    }

    // ------------------------------------------------------------------ helpers

    private Diagnostic error(Token t, String message, String help) {
        return error(Spans.firstLine(Spans.of(source.path(), t)), message, help);
    }

    private Diagnostic error(SourceSpan span, String message, String help) {
        return Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, span, message).withHelp(help);
    }

    private SourceSpan span(Token from, Token to) {
        SourceSpan a = Spans.of(source.path(), from);
        SourceSpan b = Spans.of(source.path(), to);
        if (a.line() != b.endLine()) return Spans.firstLine(a);
        return new SourceSpan(a.file(), a.line(), a.column(), b.endLine(), b.endColumn(), a.startOffset(), b.endOffset());
    }

    /** `Finds the returns form` -> `finds-the-returns-form` (at most four words). */
    static String slug(String text) {
        String[] words = asciiId(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()).split("-|\\s+");
        List<String> kept = new ArrayList<>();
        for (String w : words) if (!w.isEmpty() && kept.size() < 4) kept.add(w);
        String id = String.join("-", kept);
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "" : id;
    }

    /** The id with umlauts spelt out and accents dropped: `stöbern` -> `stoebern`, `café` -> `cafe`. */
    static String asciiId(String word) {
        String spelt = word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss").replace('\u00A0', '-').replace('\u2007', '-').replace('\u202F', '-');
        String plain = java.text.Normalizer.normalize(spelt, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = plain.replaceAll("[^A-Za-z0-9_\\-\\s]", "");
        return id.isEmpty() || !(Character.isLetter(id.charAt(0)) || id.charAt(0) == '_') ? "" : id;
    }
}
