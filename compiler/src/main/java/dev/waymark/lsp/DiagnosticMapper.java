package dev.waymark.lsp;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceText;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A Waymark diagnostic as LSP shows it: code = rule id, source "waymark", the help after the message. */
final class DiagnosticMapper {
    static final String SOURCE = "waymark";

    private final Function<String, Optional<SourceText>> sources;
    private final Function<String, String> uris;

    /** @param sources the text of a file by display path; @param uris the URI of a display path */
    DiagnosticMapper(Function<String, Optional<SourceText>> sources, Function<String, String> uris) {
        this.sources = sources;
        this.uris = uris;
    }

    org.eclipse.lsp4j.Diagnostic map(Diagnostic d) {
        var out = new org.eclipse.lsp4j.Diagnostic();
        out.setRange(Positions.range(d.span(), sources.apply(d.span().file())));
        out.setSeverity(severity(d.severity()));
        out.setCode(d.rule().id());
        out.setSource(SOURCE);
        out.setMessage(d.help().map(h -> d.message() + "\nhelp: " + h).orElse(d.message()));
        if (!d.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Diagnostic.Related r : d.related()) {
                Location where = new Location(uris.apply(r.span().file()), Positions.range(r.span(), sources.apply(r.span().file())));
                related.add(new DiagnosticRelatedInformation(where, r.message()));
            }
            out.setRelatedInformation(related);
        }
        return out;
    }

    static DiagnosticSeverity severity(Severity s) {
        if (s == Severity.ERROR) return DiagnosticSeverity.Error;
        if (s == Severity.WARNING) return DiagnosticSeverity.Warning;
        return DiagnosticSeverity.Information;
    }
}
