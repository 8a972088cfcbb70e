package dev.waymark.lsp;

import dev.waymark.model.Journey;
import dev.waymark.render.JourneyView;
import dev.waymark.render.SvgMap;
import org.eclipse.lsp4j.Position;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * `waymark/preview`: the SVG map of a journey, for an editor to show beside the text. The
 * journey is the one named, else the one around the position, else the file's first.
 */
final class MapPreview {
    private MapPreview() {
    }

    /** What an editor sends: the document, and optionally a journey id or a position in it. */
    static final class Params {
        String uri;
        String journey;
        Position position;

        Params() {
        }

        Params(String uri, String journey, Position position) {
            this.uri = uri;
            this.journey = journey;
            this.position = position;
        }
    }

    /** What it gets back: the journey shown, its title, the SVG, and the file's syntax errors (the map is then the last good one). */
    static final class Result {
        String journey;
        String title;
        String svg;
        int syntaxErrors;

        Result(String journey, String title, String svg, int syntaxErrors) {
            this.journey = journey;
            this.title = title;
            this.svg = svg;
            this.syntaxErrors = syntaxErrors;
        }
    }

    static Optional<Result> of(Session.InFile f, Params params, LocalDate asOf) throws Renames.Refused {
        var parsed = f.parsed();
        int errors = (int) parsed.diagnostics().stream().filter(d -> d.severity() == dev.waymark.model.Severity.ERROR).count();
        // while the text is half typed, the last parse without errors still has a map to show
        var shown = errors > 0 ? f.snapshot().cache().lastClean(parsed.source().path()).orElse(parsed) : parsed;
        List<Journey> journeys = shown.file().journeys().toList();
        if (journeys.isEmpty()) throw new Renames.Refused("no journey in " + parsed.source().path() + " to preview");
        Journey journey;
        if (params.journey != null) {
            journey = journeys.stream().filter(j -> j.id().equals(params.journey)).findFirst()
                    .orElseThrow(() -> new Renames.Refused("no journey `" + params.journey + "` in " + parsed.source().path()));
        } else if (params.position != null) {
            Cursor at = Cursor.of(params.position, shown.source());
            journey = journeys.stream().filter(j -> at.in(j.span())).findFirst().orElse(journeys.get(0));
        } else {
            journey = journeys.get(0);
        }
        JourneyView view = new JourneyView(f.snapshot().workspace(), journey, f.snapshot().policy(), asOf);
        String svg = new String(SvgMap.render(view), StandardCharsets.UTF_8);
        return Optional.of(new Result(journey.id(), journey.displayTitle(), svg, errors));
    }
}
