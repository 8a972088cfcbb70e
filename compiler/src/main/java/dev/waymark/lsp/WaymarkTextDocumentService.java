package dev.waymark.lsp;

import dev.waymark.format.Formatter;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import dev.waymark.model.Team;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Document sync and the per-document features; each feature lives in its own small class. */
final class WaymarkTextDocumentService implements TextDocumentService {
    private final Session session;

    WaymarkTextDocumentService(Session session) {
        this.session = session;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        session.open(params.getTextDocument().getUri(), params.getTextDocument().getText(), params.getTextDocument().getVersion());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes == null || changes.isEmpty()) return;
        // full sync: the last change holds the whole text
        session.change(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText(), params.getTextDocument().getVersion());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        session.close(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the buffer already holds what was saved; other tools may read the file now, so check again
        session.changed();
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        String uri = params.getTextDocument().getUri();
        return session.query("formatting", () -> {
            Optional<OpenDocument> doc = session.document(uri);
            if (doc.isEmpty()) return List.<TextEdit>of();
            String text = doc.get().text();
            Optional<String> formatted = Formatter.format(new SourceText(uri, text));
            if (formatted.isEmpty() || formatted.get().equals(text)) return List.<TextEdit>of();
            return List.of(new TextEdit(new Range(new Position(0, 0), Positions.end(text)), formatted.get()));
        }, List.of());
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        Position pos = params.getPosition();
        return session.query("definition", () -> {
            List<Location> out = new ArrayList<>();
            session.inFile(uri).ifPresent(f -> {
                Snapshot snapshot = f.snapshot();
                Optional<Hit> hit = Navigator.hitAt(f.parsed().file(), Cursor.of(pos, f.parsed().source()));
                if (hit.isEmpty()) return;
                Optional<SourceSpan> target = Navigator.resolve(snapshot.workspace(), hit.get()).flatMap(Navigator::idSpan);
                if (target.isPresent()) {
                    out.add(location(snapshot, target.get()));
                } else if (hit.get() instanceof Hit.Handle h) {
                    for (Team t : Navigator.teamsWithMember(snapshot.workspace(), h.handle().value())) {
                        t.members().stream().filter(m -> m.value().equals(h.handle().value()))
                                .forEach(m -> out.add(location(snapshot, m.span())));
                    }
                }
            });
            return Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(out);
        }, Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        String uri = params.getTextDocument().getUri();
        Position pos = params.getPosition();
        boolean withDeclaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
        return session.query("references", () -> session.inFile(uri).flatMap(f ->
                Navigator.hitAt(f.parsed().file(), Cursor.of(pos, f.parsed().source()))
                        .map(hit -> References.of(f.snapshot().workspace(), hit, withDeclaration).stream()
                                .map(span -> location(f.snapshot(), span)).toList()))
                .orElse(List.of()), List.of());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        Position pos = params.getRange().getStart();
        List<org.eclipse.lsp4j.Diagnostic> diagnostics = params.getContext() == null || params.getContext().getDiagnostics() == null
                ? List.of() : params.getContext().getDiagnostics();
        return session.query("codeAction", () -> session.inFile(uri)
                .map(f -> QuickFixes.at(f.snapshot().workspace(), f.parsed(), uri, pos, diagnostics).stream()
                        .map(Either::<Command, CodeAction>forRight).toList())
                .orElse(List.of()), List.of());
    }

    private static Location location(Snapshot snapshot, SourceSpan span) {
        return new Location(snapshot.uriOf(span.file()), Positions.range(span, snapshot.source(span.file())));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = params.getTextDocument().getUri();
        Position pos = params.getPosition();
        return session.query("hover", () -> session.inFile(uri).flatMap(f ->
                Navigator.hitAt(f.parsed().file(), Cursor.of(pos, f.parsed().source()))
                        .flatMap(hit -> Hovers.of(f.snapshot().workspace(), hit))
                        .map(md -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, md))))
                .orElse(null), null);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        String uri = params.getTextDocument().getUri();
        return session.query("documentSymbol", () -> session.inFile(uri)
                .map(f -> Symbols.of(f.parsed()).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList())
                .orElse(List.of()), List.of());
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = params.getTextDocument().getUri();
        Position pos = params.getPosition();
        return session.query("completion", () -> {
            List<CompletionItem> items = session.inFile(uri).map(f -> Completions.at(f.snapshot().workspace(), f.parsed(),
                    f.snapshot().cache().lastClean(f.parsed().source().path()), f.text(), pos)).orElse(List.of());
            return Either.<List<CompletionItem>, CompletionList>forLeft(items);
        }, Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams params) {
        String uri = params.getTextDocument().getUri();
        Position pos = params.getPosition();
        return session.query("prepareRename", () -> {
            Session.InFile f = session.inFile(uri).orElseThrow(() -> refused(new Renames.Refused("this file is not part of a workspace")));
            Cursor at = Cursor.of(pos, f.parsed().source());
            Optional<Hit> hit = Navigator.hitAt(f.parsed().file(), at);
            try {
                SourceSpan span = Renames.prepare(f.snapshot().workspace(), hit, wordAt(f.parsed().source().line(at.line()), at.column()));
                Range range = Positions.range(span, Optional.of(f.parsed().source()));
                String placeholder = f.parsed().source().line(span.line()).substring(range.getStart().getCharacter(), range.getEnd().getCharacter());
                return Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(new PrepareRenameResult(range, placeholder));
            } catch (Renames.Refused r) {
                throw refused(r);
            }
        }, null);
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        String uri = params.getTextDocument().getUri();
        Position pos = params.getPosition();
        String newName = params.getNewName() == null ? "" : params.getNewName().strip();
        return session.query("rename", () -> {
            Session.InFile f = session.inFile(uri).orElseThrow(() -> refused(new Renames.Refused("this file is not part of a workspace")));
            Cursor at = Cursor.of(pos, f.parsed().source());
            Optional<Hit> hit = Navigator.hitAt(f.parsed().file(), at);
            try {
                Renames.prepare(f.snapshot().workspace(), hit, wordAt(f.parsed().source().line(at.line()), at.column()));
                Snapshot snapshot = f.snapshot();
                Map<String, List<TextEdit>> changes = new TreeMap<>();
                for (Renames.Edit e : Renames.of(snapshot.workspace(), hit.get(), newName)) {
                    changes.computeIfAbsent(snapshot.uriOf(e.span().file()), u -> new ArrayList<>())
                            .add(new TextEdit(Positions.range(e.span(), snapshot.source(e.span().file())), e.text()));
                }
                return new WorkspaceEdit(changes);
            } catch (Renames.Refused r) {
                throw refused(r);
            }
        }, null);
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        String uri = params.getTextDocument().getUri();
        return session.query("foldingRange", () -> session.inFile(uri).map(f -> Folding.of(f.parsed())).orElse(List.of()), List.of());
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        String uri = params.getTextDocument().getUri();
        return session.query("documentLink", () -> session.inFile(uri).map(f -> Links.of(f.parsed())).orElse(List.of()), List.of());
    }

    /** `waymark/preview`: the map of a journey as SVG. */
    CompletableFuture<MapPreview.Result> preview(MapPreview.Params params) {
        return session.query("preview", () -> {
            Session.InFile f = session.inFile(params.uri).orElseThrow(() -> refused(new Renames.Refused("no such document: " + params.uri)));
            try {
                return MapPreview.of(f, params, dev.waymark.Waymark.today()).orElse(null);
            } catch (Renames.Refused r) {
                throw refused(r);
            }
        }, null);
    }

    static ResponseErrorException refused(Renames.Refused r) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, r.getMessage(), null));
    }

    /** The word around a 1-based code-point column, for saying what cannot be renamed. */
    static String wordAt(String line, int column) {
        int[] cps = line.codePoints().toArray();
        int i = Math.min(Math.max(column - 1, 0), cps.length);
        int start = i;
        int end = i;
        while (start > 0 && isWord(cps[start - 1])) start--;
        while (end < cps.length && isWord(cps[end])) end++;
        return new String(cps, start, end - start);
    }

    private static boolean isWord(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '@' || c == '/' || c == '.';
    }
}
