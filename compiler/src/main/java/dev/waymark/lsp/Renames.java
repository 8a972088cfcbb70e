package dev.waymark.lsp;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Team;
import dev.waymark.resolve.JourneyIndex;
import dev.waymark.resolve.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rename of any id or handle across every file: the declaration and each place that names it
 * (a `journey.step` reference changes only the part that names what was renamed). Refused,
 * with the reason, on a keyword or anything else that is not a name, for a new name that is
 * not a valid id or handle, or one already taken where it would clash.
 */
final class Renames {
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)?");
    static final Set<String> KEYWORDS = keywords();

    /** Why a rename cannot be done: shown to the user as it is. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** One place to rewrite and what to write there. */
    record Edit(SourceSpan span, String text) {
    }

    private Renames() {
    }

    /** The name under the cursor that a rename would change, or why there is none. */
    static SourceSpan prepare(Workspace ws, Optional<Hit> hit, String word) throws Refused {
        if (hit.isEmpty()) {
            if (KEYWORDS.contains(word)) throw new Refused("`" + word + "` is a keyword of the language; only ids and handles can be renamed");
            throw new Refused(word.isBlank() ? "nothing to rename here: put the cursor on an id or a handle"
                    : "`" + word + "` is not an id or a handle; only those can be renamed");
        }
        Hit h = hit.get();
        if (h instanceof Hit.Handle handle) return handle.handle().span();
        if (h instanceof Hit.Ref ref) {
            if (Navigator.resolve(ws, ref).isEmpty()) throw new Refused("`" + ref.reference().text() + "` names nothing that is declared; fix the reference instead");
            return idPart(ref.reference());
        }
        return Navigator.idSpan(((Hit.Declared) h).element()).orElseThrow(() -> new Refused("this element has no id to rename"));
    }

    /** Every edit that renames what the hit stands for to `newName`. */
    static List<Edit> of(Workspace ws, Hit hit, String newName) throws Refused {
        Optional<Object> target = Navigator.resolve(ws, hit);
        if (hit instanceof Hit.Handle || target.filter(Team.class::isInstance).isPresent()) {
            String old = hit instanceof Hit.Handle h ? h.handle().value() : ((Team) target.get()).handle();
            return handle(ws, old, newName.startsWith("@") ? newName : "@" + newName);
        }
        if (target.isEmpty()) throw new Refused("this names nothing that is declared; fix the reference instead");
        if (!ID.matcher(newName).matches()) {
            throw new Refused("`" + newName + "` is not a valid id: start with a letter or `_`, then letters, digits, `_` or `-`");
        }
        if (KEYWORDS.contains(newName)) throw new Refused("`" + newName + "` is a keyword of the language and cannot be an id");
        Object element = target.get();
        List<Edit> edits = new ArrayList<>();
        Navigator.idSpan(element).ifPresent(span -> edits.add(new Edit(span, newName)));
        if (element instanceof Journey j) {
            if (!j.id().equals(newName) && ws.journeys().containsKey(newName)) throw taken("journey", newName);
            for (Hit.Ref ref : References.references(ws)) {
                Reference r = ref.reference();
                if (r.journey().filter(j.id()::equals).isPresent()) edits.add(new Edit(journeyPart(r), newName));
            }
            return edits;
        }
        if (element instanceof Persona p) {
            if (!p.id().equals(newName) && ws.personas().containsKey(newName)) throw taken("persona", newName);
        } else {
            Journey owner = journeyOf(ws, element);
            if (owner != null) {
                JourneyIndex index = ws.index(owner);
                if (index.element(newName).filter(e -> e != element).isPresent()) throw taken("element of journey `" + owner.id() + "`", newName);
            }
        }
        for (Hit.Ref ref : References.references(ws)) {
            Optional<Object> resolved = Navigator.resolve(ws, ref);
            if (resolved.isPresent() && resolved.get() == element) edits.add(new Edit(idPart(ref.reference()), newName));
        }
        return edits;
    }

    private static List<Edit> handle(Workspace ws, String old, String newHandle) throws Refused {
        if (!HANDLE.matcher(newHandle).matches()) {
            throw new Refused("`" + newHandle + "` is not a valid handle: `@` then letters, digits, `_`, `.` or `-`, with at most one `/`");
        }
        if (!old.equals(newHandle) && ws.knownHandles().contains(newHandle)) throw taken("handle", newHandle);
        List<Edit> edits = new ArrayList<>();
        Team team = ws.teams().get(old.substring(1));
        if (team != null) edits.add(new Edit(team.idSpan(), newHandle));
        for (Located<String> h : References.handles(ws)) {
            if (h.value().equals(old)) edits.add(new Edit(h.span(), newHandle));
        }
        return edits;
    }

    private static Refused taken(String what, String name) {
        return new Refused("`" + name + "` is already the id of another " + what + "; pick a name that is free");
    }

    private static Journey journeyOf(Workspace ws, Object element) {
        for (Journey j : ws.allJourneys()) {
            JourneyIndex index = ws.index(j);
            for (String id : index.ids()) {
                if (index.element(id).orElse(null) == element) return j;
            }
        }
        return null;
    }

    /** Where the id is written in a reference: all of `id`, the tail of `journey.id`. */
    static SourceSpan idPart(Reference r) {
        SourceSpan s = r.span();
        int length = r.id().codePointCount(0, r.id().length());
        int offset = s.endOffset() < 0 ? -1 : s.endOffset() - r.id().length();
        return new SourceSpan(s.file(), s.endLine(), s.endColumn() - length, s.endLine(), s.endColumn(), offset, s.endOffset());
    }

    private static SourceSpan journeyPart(Reference r) {
        SourceSpan s = r.span();
        String journey = r.journey().orElseThrow();
        int end = s.startOffset() < 0 ? -1 : s.startOffset() + journey.length();
        return new SourceSpan(s.file(), s.line(), s.column(), s.line(), s.column() + journey.codePointCount(0, journey.length()),
                s.startOffset(), end);
    }

    private static Set<String> keywords() {
        Set<String> words = new TreeSet<>();
        var vocabulary = JourneyLexer.VOCABULARY;
        for (int t = 0; t <= vocabulary.getMaxTokenType(); t++) {
            String literal = vocabulary.getLiteralName(t);
            if (literal != null && literal.matches("'[a-z][a-z-]*'")) words.add(literal.substring(1, literal.length() - 1));
        }
        return Set.copyOf(words);
    }
}
