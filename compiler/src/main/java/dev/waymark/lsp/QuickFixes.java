package dev.waymark.lsp;

import dev.waymark.model.DidYouMean;
import dev.waymark.model.Located;
import dev.waymark.model.Reference;
import dev.waymark.model.SourceSpan;
import dev.waymark.resolve.JourneyIndex;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Change to `checkout-form`": a quick fix for a reference or owner handle that names nothing,
 * offering the closest declared name (the same edit-distance hint the check's `help:` gives),
 * computed from the model rather than parsed out of the message.
 */
final class QuickFixes {
    /** The rules whose diagnostics these fixes answer. */
    private static final Set<String> FIXES = Set.of("unresolved-reference", "unknown-owner");

    private QuickFixes() {
    }

    static List<CodeAction> at(Workspace ws, ParseResult file, String uri, Position at, List<Diagnostic> diagnostics) {
        Optional<Hit> hit = Navigator.hitAt(file.file(), Cursor.of(at, file.source()));
        Optional<Fix> fix = hit.flatMap(h -> {
            if (h instanceof Hit.Ref ref) return reference(ws, ref);
            if (h instanceof Hit.Handle handle) return handle(ws, handle.handle());
            return Optional.empty();
        });
        if (fix.isEmpty()) return List.of();
        CodeAction action = new CodeAction("Change to `" + fix.get().replacement() + "`");
        action.setKind(CodeActionKind.QuickFix);
        action.setIsPreferred(true);
        SourceSpan span = fix.get().span();
        action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(Positions.range(span, Optional.of(file.source())), fix.get().replacement())))));
        List<Diagnostic> fixed = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            boolean fits = d.getCode() != null && d.getCode().isLeft() && FIXES.contains(d.getCode().getLeft());
            if (fits && d.getRange().getStart().getLine() == span.line() - 1) fixed.add(d);
        }
        if (!fixed.isEmpty()) action.setDiagnostics(fixed);
        return List.of(action);
    }

    private record Fix(SourceSpan span, String replacement) {
    }

    private static Optional<Fix> reference(Workspace ws, Hit.Ref ref) {
        Reference r = ref.reference();
        Optional<Object> target = Navigator.resolve(ws, ref);
        if (ref.kind() == Hit.Kind.PERSONA) {
            return target.isPresent() ? Optional.empty() : closest(r, r.id(), ws.personas().keySet(), "");
        }
        if (r.journey().isPresent() && ws.index(r.journey().get()).isEmpty()) {
            return closest(r, r.journey().get(), ws.journeys().keySet(), "").map(f -> new Fix(f.span(), f.replacement() + "." + r.id()));
        }
        if (target.isPresent() && ref.kind().elementKinds.contains(JourneyIndex.kindOf(target.get()))) return Optional.empty();
        JourneyIndex index = r.journey().flatMap(ws::index).orElseGet(() -> ws.index(ref.journey()));
        List<String> candidates = new ArrayList<>();
        ref.kind().elementKinds.forEach(k -> candidates.addAll(index.ids(k)));
        candidates.remove(r.id());
        return closest(r, r.id(), candidates, r.journey().map(j -> j + ".").orElse(""));
    }

    private static Optional<Fix> closest(Reference r, String wrong, Collection<String> known, String prefix) {
        return DidYouMean.closest(wrong, known).map(c -> new Fix(r.span(), prefix + c));
    }

    /** Only when teams are declared, as `unknown-owner` judges. */
    private static Optional<Fix> handle(Workspace ws, Located<String> handle) {
        if (ws.teams().isEmpty() || ws.knownHandles().contains(handle.value())) return Optional.empty();
        return DidYouMean.closest(handle.value(), ws.knownHandles()).map(c -> new Fix(handle.span(), c));
    }
}
