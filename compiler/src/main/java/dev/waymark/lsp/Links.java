package dev.waymark.lsp;

import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.SourceText;
import dev.waymark.model.Step;
import dev.waymark.syntax.ParseResult;
import org.eclipse.lsp4j.DocumentLink;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Document links: each `evidence` that is a web address opens in the browser (the text between the quotes is the link). */
final class Links {
    private Links() {
    }

    static List<DocumentLink> of(ParseResult parsed) {
        List<DocumentLink> out = new ArrayList<>();
        Optional<SourceText> source = Optional.of(parsed.source());
        for (Journey j : parsed.file().journeys().toList()) {
            for (Step step : j.steps().toList()) {
                for (Located<String> evidence : step.evidence()) {
                    web(evidence.value()).ifPresent(uri -> out.add(new DocumentLink(Positions.range(inner(evidence, parsed.source()), source), uri)));
                }
            }
        }
        return out;
    }

    /** Only absolute http(s) addresses: "interviews 2026, n=24" is evidence too, but nothing to open. */
    static Optional<String> web(String value) {
        String v = value.strip();
        if (!v.startsWith("https://") && !v.startsWith("http://")) return Optional.empty();
        try {
            URI uri = new URI(v);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The span without its quotes, when the value was written as a one-line string. */
    private static SourceSpan inner(Located<String> value, SourceText source) {
        SourceSpan s = value.span();
        String line = source.line(s.line());
        int at = Positions.utf16Column(line, s.column() - 1);
        if (s.line() == s.endLine() && at < line.length() && line.charAt(at) == '"' && s.endColumn() - s.column() >= 2) {
            return new SourceSpan(s.file(), s.line(), s.column() + 1, s.endLine(), s.endColumn() - 1, -1, -1);
        }
        return s;
    }
}
