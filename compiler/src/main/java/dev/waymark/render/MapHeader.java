package dev.waymark.render;

import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Metric;
import dev.waymark.model.Persona;
import dev.waymark.resolve.ReviewStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.waymark.render.MapLayout.MARGIN;

/**
 * The top of the map: the title; chips for the review status, the owner, the last review and
 * cadence, the state and the tags; the description; cards for the personas, the objectives and
 * the journey's own metrics.
 */
final class MapHeader {
    private final MapLayout m;
    private final JourneyView view;
    private final Journey journey;

    private MapHeader(MapLayout m) {
        this.m = m;
        this.view = m.view;
        this.journey = m.journey;
    }

    static void layout(MapLayout m) {
        new MapHeader(m).layout();
    }

    private void layout() {
        Piece.Text title = Piece.Text.of(journey.displayTitle(), MapStyles.TITLE, m.contentWidth());
        double top = m.y;
        m.draw(g -> title.draw(g, MARGIN, top));
        m.y += title.height() + 10;

        List<Card> chips = new ArrayList<>();
        chips.add(reviewBadge());
        journey.owner().ifPresentOrElse(
                o -> chips.add(chip("Owner " + o.value() + view.teamName(o.value()).map(n -> " · " + n).orElse(""))),
                () -> chips.add(chip("No owner").fill(Palette.VERMILLION_TINT)));
        ReviewStatus r = view.review();
        if (r.last().isPresent()) {
            chips.add(chip("Reviewed " + r.last().get() + r.by().map(b -> " by " + b).orElse("") + " · "
                    + r.every().map(e -> "every " + e).orElse("cadence unknown")));
        } else {
            chips.add(chip(r.every().map(e -> "Review every " + e).orElse("Review cadence unknown")));
        }
        journey.state().ifPresent(s -> chips.add(chip("State: " + s.value())));
        if (!journey.tags().isEmpty()) chips.add(chip("Tags: " + String.join(", ", Located.values(journey.tags()))));
        m.flow(chips, 8);

        journey.description().ifPresent(text -> {
            Piece.Text d = Piece.Text.of(text, MapStyles.DESCRIPTION, Math.min(m.contentWidth(), 880));
            double dy = m.y + 4;
            m.draw(g -> d.draw(g, MARGIN, dy));
            m.y += d.height() + 12;
        });

        List<Card> info = new ArrayList<>();
        for (JourneyView.PersonaRef p : view.personas()) info.add(personaCard(p));
        if (!journey.objectives().isEmpty()) {
            Card c = new Card("wm-objectives", "objectives", 300).fill(Palette.PANEL).stroke(Palette.RULE);
            c.addText("OBJECTIVES", MapStyles.CAPTION);
            for (String o : Located.values(journey.objectives())) c.add(Piece.IconText.of(Piece.Icon.DOT, Palette.BLUE, o, TextStyle.BODY, c.inner()));
            info.add(c);
        }
        if (!journey.metrics().isEmpty()) {
            Card c = new Card("wm-journey-metrics", "journey-metrics", 260).fill(Palette.PANEL).stroke(Palette.RULE);
            c.addText("JOURNEY METRICS", MapStyles.CAPTION);
            for (Metric metric : journey.metrics()) MapCards.metricPieces(c, metric);
            info.add(c);
        }
        if (!info.isEmpty()) {
            m.y += 4;
            m.flow(info, 12);
        }
    }

    private Card reviewBadge() {
        ReviewStatus r = view.review();
        String due = r.due().map(Object::toString).orElse("");
        String text;
        String fill;
        String stroke;
        switch (r.status()) {
            case CURRENT -> {
                text = "✓ Review current · due " + due;
                fill = Palette.CURRENT_TINT;
                stroke = Palette.GREEN;
            }
            case DUE_SOON -> {
                text = "◷ Review due soon · " + due;
                fill = Palette.DUE_SOON_TINT;
                stroke = Palette.DUE_SOON;
            }
            case STALE -> {
                text = "⚠ Review stale since " + due;
                fill = Palette.STALE_TINT;
                stroke = Palette.VERMILLION;
            }
            case MISSING -> {
                text = "✕ Never reviewed";
                fill = Palette.LIGHT_GREY;
                stroke = Palette.GREY;
            }
            case UNKNOWN -> {
                text = "? Review unknown · its date or cadence cannot be read";
                fill = Palette.LIGHT_GREY;
                stroke = Palette.GREY;
            }
            default -> throw new IllegalStateException(r.status().toString());
        }
        TextStyle style = MapStyles.LABEL;
        Card c = new Card("wm-review wm-review-" + r.status().label(), "review",
                Math.min(style.width(text) + 2 * Card.PAD + 2, m.contentWidth())).fill(fill).stroke(stroke).radius(12);
        c.label("Review status: " + r.status().label());
        return c.addText(text, style);
    }

    private Card chip(String text) {
        TextStyle style = MapStyles.CHIP;
        Card c = new Card("wm-chip", null, Math.min(style.width(XmlText.oneLine(text)) + 2 * Card.PAD + 2, m.contentWidth()))
                .fill(Palette.CHIP).stroke(Palette.CHIP_STROKE).radius(12);
        return c.addText(XmlText.oneLine(text), style);
    }

    private static Card personaCard(JourneyView.PersonaRef ref) {
        Card c = new Card("wm-persona", "persona-" + ref.id(), 260).fill(Palette.PANEL).stroke(Palette.RULE);
        c.addText("PERSONA", MapStyles.CAPTION);
        c.addText(ref.name(), MapStyles.PERSONA);
        ref.persona().ifPresent(p -> {
            List<String> facts = new ArrayList<>();
            p.role().ifPresent(facts::add);
            ageText(p).ifPresent(facts::add);
            p.segment().ifPresent(facts::add);
            if (!facts.isEmpty()) c.addText(String.join(" · ", facts), TextStyle.SMALL);
            p.description().ifPresent(d -> c.addText(d, TextStyle.SMALL));
            for (String goal : Located.values(p.goals())) c.add(Piece.IconText.of(Piece.Icon.DOT, Palette.GREEN, "Goal: " + goal, MapStyles.SMALL_INK, c.inner()));
            for (String f : Located.values(p.frustrations())) c.add(Piece.IconText.of(Piece.Icon.DOT, Palette.VERMILLION, "Frustration: " + f, MapStyles.SMALL_INK, c.inner()));
            p.quote().ifPresent(q -> c.addText("“" + q + "”", MapStyles.QUOTE));
        });
        return c;
    }

    private static Optional<String> ageText(Persona p) {
        if (p.ageFrom().isEmpty()) return Optional.empty();
        String from = p.ageFrom().get().text();
        return Optional.of("age " + p.ageTo().map(to -> from + "–" + to.text()).orElse(from));
    }
}
