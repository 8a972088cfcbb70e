package dev.waymark.lsp;

import dev.waymark.model.Declaration;
import dev.waymark.model.Journey;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.syntax.ParseResult;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The outline of a file: journeys > stages > steps (> named pains), opportunities; teams and personas. */
final class Symbols {
    private final Optional<SourceText> source;

    private Symbols(SourceText source) {
        this.source = Optional.of(source);
    }

    static List<DocumentSymbol> of(ParseResult file) {
        Symbols s = new Symbols(file.source());
        List<DocumentSymbol> out = new ArrayList<>();
        for (Declaration d : file.file().declarations()) out.add(s.declaration(d));
        return out;
    }

    /**
     * Workspace-wide search: journeys, stages, steps, opportunities, teams and personas whose id
     * or title contains the query (case-insensitive), in file order, at most `limit`.
     */
    static List<WorkspaceSymbol> matching(Snapshot snapshot, String query, int limit) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<WorkspaceSymbol> out = new ArrayList<>();
        for (ParseResult file : snapshot.workspace().files()) {
            Symbols s = new Symbols(file.source());
            for (DocumentSymbol top : of(file)) s.collect(top, null, q, snapshot.uriOf(file.source().path()), out, limit);
            if (out.size() >= limit) break;
        }
        return out;
    }

    private void collect(DocumentSymbol symbol, String container, String query, String uri, List<WorkspaceSymbol> out, int limit) {
        if (out.size() >= limit) return;
        String title = symbol.getDetail() == null ? "" : symbol.getDetail();
        if (symbol.getName().toLowerCase(Locale.ROOT).contains(query) || title.toLowerCase(Locale.ROOT).contains(query)) {
            WorkspaceSymbol found = new WorkspaceSymbol(symbol.getName(), symbol.getKind(), Either.forLeft(new Location(uri, symbol.getSelectionRange())));
            found.setContainerName(container);
            out.add(found);
        }
        if (symbol.getChildren() == null) return;
        for (DocumentSymbol child : symbol.getChildren()) collect(child, symbol.getName(), query, uri, out, limit);
    }

    private DocumentSymbol declaration(Declaration d) {
        if (d instanceof Team t) return symbol(t.handle(), t.title(), SymbolKind.Struct, t.span(), t.idSpan(), List.of());
        if (d instanceof Persona p) return symbol(p.id(), p.title(), SymbolKind.Class, p.span(), p.idSpan(), List.of());
        Journey j = (Journey) d;
        List<DocumentSymbol> children = new ArrayList<>();
        for (Stage stage : j.stages()) children.add(stage(stage));
        for (Opportunity o : j.opportunities()) children.add(symbol(o.id(), o.title(), SymbolKind.Event, o.span(), o.idSpan(), List.of()));
        return symbol(j.id(), j.title(), SymbolKind.Module, j.span(), j.idSpan(), children);
    }

    private DocumentSymbol stage(Stage stage) {
        List<DocumentSymbol> steps = new ArrayList<>();
        for (Step step : stage.steps()) {
            List<DocumentSymbol> pains = new ArrayList<>();
            for (Pain p : step.pains()) {
                p.id().ifPresent(id -> pains.add(symbol(id.value(), Optional.of(p.text()), SymbolKind.Field, p.span(), id.span(), List.of())));
            }
            steps.add(symbol(step.id(), step.title(), SymbolKind.Method, step.span(), step.idSpan(), pains));
        }
        return symbol(stage.id(), stage.title(), SymbolKind.Namespace, stage.span(), stage.idSpan(), steps);
    }

    private DocumentSymbol symbol(String name, Optional<String> detail, SymbolKind kind, SourceSpan span, SourceSpan idSpan,
                                  List<DocumentSymbol> children) {
        DocumentSymbol symbol = new DocumentSymbol(name, kind, Positions.range(span, source), Positions.range(idSpan, source));
        detail.ifPresent(symbol::setDetail);
        if (!children.isEmpty()) symbol.setChildren(children);
        return symbol;
    }
}
