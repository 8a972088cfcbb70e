package dev.waymark.lsp;

import dev.waymark.model.DidYouMean;
import dev.waymark.model.Located;
import dev.waymark.model.Reference;
import dev.waymark.model.SourceSpan;
import dev.waymark.resolve.Target;
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

    /** The binder's did-you-mean, applied: the same name `unresolved-reference` suggests. */
    private static Optional<Fix> reference(Workspace ws, Hit.Ref ref) {
        if (!(ws.bindings().target(ref.reference()) instanceof Target.Unresolved u)) return Optional.empty();
        return u.corrected().map(text -> new Fix(u.span(), text));
    }

    /** Only when teams are declared, as `unknown-owner` judges. */
    private static Optional<Fix> handle(Workspace ws, Located<String> handle) {
        if (ws.teams().isEmpty() || ws.knownHandles().contains(handle.value())) return Optional.empty();
        return DidYouMean.closest(handle.value(), ws.knownHandles()).map(c -> new Fix(handle.span(), c));
    }
}
