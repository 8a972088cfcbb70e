package dev.waymark.render;

import dev.waymark.model.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * What a page carries when `waymark serve` shows it: the nonce that lets its one script run
 * (the static site has no script at all), the version the script compares against to know when
 * to reload, and the errors to show above the map while a file is broken. {@link #NONE} is the
 * static site.
 */
public record Live(Optional<String> nonce, String version, List<Problem> problems, String heading) {
    public static final Live NONE = new Live(Optional.empty(), "", List.of(), "");
    /** Where serve answers with the script; it exists only in serve mode. */
    public static final String SCRIPT = "_waymark/live.js";

    /** A diagnostic with the source line it points into. */
    public record Problem(Diagnostic diagnostic, String sourceLine) {
    }

    public Live {
        problems = List.copyOf(problems);
    }

    public static Live of(String nonce, String version, List<Problem> problems, String heading) {
        return new Live(Optional.of(nonce), version, problems, heading);
    }

    String csp() {
        return nonce.map(n -> HtmlSite.CSP + "; script-src 'nonce-" + n + "'; connect-src 'self'").orElse(HtmlSite.CSP);
    }

    /** The errors, at the top of the page, each with its place, source line and help. */
    void writeProblems(Xml x) {
        if (problems.isEmpty()) return;
        x.start("section", "class", "live-problems", "role", "alert").nl();
        x.element("h2", heading);
        x.start("ul").nl();
        for (Problem p : problems) {
            Diagnostic d = p.diagnostic();
            x.start("li", "class", d.severity().label());
            x.element("code", d.span().file() + ":" + d.span().line() + ":" + d.span().column(), "class", "where");
            x.text(" " + d.severity().label() + "[" + d.rule() + "] " + d.message());
            if (!p.sourceLine().isBlank()) x.element("pre", p.sourceLine(), "class", "source");
            d.help().ifPresent(h -> x.element("p", "help: " + h, "class", "help"));
            x.end().nl();
        }
        x.end().nl();
        x.end().nl();
    }

    /** The script that reloads the page when what it shows changes. */
    void writeScript(Xml x) {
        if (nonce.isEmpty()) return;
        x.start("script", "src", "/" + SCRIPT, "nonce", nonce.get(), "data-version", version).end().nl();
    }
}
