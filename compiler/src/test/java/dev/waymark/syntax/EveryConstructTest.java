package dev.waymark.syntax;

import dev.waymark.model.*;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One file with every construct of docs/language.md parses without diagnostics into the expected tree. */
class EveryConstructTest {

    private static JourneyFile parse() throws IOException {
        try (InputStream in = EveryConstructTest.class.getResourceAsStream("/syntax/every-construct.journey")) {
            ParseResult r = SourceParser.parse("every-construct.journey", in.readAllBytes());
            assertThat(r.diagnostics()).isEmpty();
            return r.file();
        }
    }

    @Test
    void teamsAndPersonas() throws IOException {
        JourneyFile f = parse();
        Team team = f.teams().findFirst().orElseThrow();
        assertThat(team.id()).isEqualTo("checkout-squad");
        assertThat(team.members()).extracting(Located::value).containsExactly("@dana", "@lee");
        assertThat(team.escalatesTo()).map(Located::value).contains("@cx-leadership");
        Persona p = f.personas().findFirst().orElseThrow();
        assertThat(p.ageFrom()).map(Measure::value).contains(30.0);
        assertThat(p.ageTo()).map(Measure::value).contains(40.0);
        assertThat(p.goals()).hasSize(2);
        assertThat(p.quote()).contains("If I can't see the total, I'm gone.");
        assertThat(p.extras()).extracting(ExtraProperty::name, ExtraProperty::value).containsExactly(org.assertj.core.groups.Tuple.tuple("x-source", "interviews"));
    }

    @Test
    void journeyHeader() throws IOException {
        Journey j = parse().journeys().findFirst().orElseThrow();
        assertThat(j.description()).contains("Gina buys a gift.\n  She pays \"without\" surprises.");
        assertThat(j.owner()).map(Located::value).contains("@checkout-squad");
        assertThat(j.reviewed().orElseThrow().date().date()).contains(LocalDate.of(2026, 10, 15));
        assertThat(j.reviewed().orElseThrow().by()).map(Located::value).contains("@dana");
        assertThat(j.reviewEvery()).map(Located::value).contains(new DurationValue(90, 'd'));
        assertThat(j.state()).map(Located::value).contains("current");
        assertThat(j.tags()).extracting(Located::value).containsExactly("b2c", "ecommerce");
        assertThat(j.objectives()).hasSize(1);
        assertThat(j.metrics()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("nps");
            assertThat(m.value().value()).isEqualTo(31);
            assertThat(m.target()).map(Measure::text).contains("40");
        });
    }

    @Test
    void stepWithEveryProperty() throws IOException {
        Journey j = parse().journeys().findFirst().orElseThrow();
        Stage stage = j.stages().get(0);
        assertThat(stage.goal()).contains("Pay without surprises");
        Step s = stage.steps().get(0);
        assertThat(s.description()).contains("Tab \t and \"quotes\" and \uD83D\uDE00");
        assertThat(s.channel()).contains("web");
        assertThat(s.touchpoint()).map(Located::value).contains("external");
        assertThat(s.laneName()).isEqualTo("customer");
        Emotion e = s.emotion().orElseThrow();
        assertThat(e.score().value()).isEqualTo(-2);
        assertThat(e.label()).contains("Annoyed");
        assertThat(e.target()).map(Measure::value).contains(1.0);
        assertThat(s.thoughts()).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo("Why is shipping so expensive?");
            assertThat(List.of(t.span().line(), t.span().column(), t.span().endColumn())).containsExactly(49, 15, 46);
        });
        assertThat(s.evidence()).extracting(ev -> ev.span().line()).containsExactly(56);
        assertThat(s.pains()).hasSize(2);
        Pain pain = s.pains().get(0);
        assertThat(pain.id()).map(Located::value).contains("surprise-shipping");
        assertThat(pain.severityName()).contains("critical");
        assertThat(pain.category()).contains("financial");
        assertThat(s.pains().get(1).id()).isEmpty();
        assertThat(s.importance().orElseThrow().customer()).map(Measure::value).contains(5.0);
        assertThat(s.performance().orElseThrow().internal()).map(Measure::value).contains(4.0);
        assertThat(s.metrics().get(0).value().percent()).isTrue();
        assertThat(s.next()).extracting(t -> t.step().map(Reference::text).orElse("end"), t -> t.share().map(Measure::text).orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("owner", "70%"), org.assertj.core.groups.Tuple.tuple("checkout.owner", "10%"));
        assertThat(s.dropoff().orElseThrow().reason()).contains("Abandons the cart");
        assertThat(s.extras()).extracting(ExtraProperty::value).containsExactly("SHOP-1234");
        Step owner = stage.steps().get(1);
        assertThat(owner.id()).isEqualTo("owner");
        assertThat(owner.next()).singleElement().matches(NextTarget::isEnd);
    }

    @Test
    void opportunity() throws IOException {
        Opportunity o = parse().journeys().findFirst().orElseThrow().opportunities().get(0);
        assertThat(o.addresses()).extracting(Reference::id).containsExactly("surprise-shipping", "checkout-form");
        assertThat(o.effort()).map(Located::value).contains(new DurationValue(20, 'h'));
        assertThat(o.due().orElseThrow().date()).contains(LocalDate.of(2026, 12, 15));
        assertThat(o.status()).map(Located::value).contains("planned");
        Opportunity.Impact impact = o.impact().orElseThrow();
        assertThat(List.of(impact.metric(), impact.from().text(), impact.to().text())).containsExactly("conversion", "31%", "40%");
    }

    @Test
    void spansPointAtTheId() throws IOException {
        Journey j = parse().journeys().findFirst().orElseThrow();
        SourceSpan id = j.idSpan();
        assertThat(List.of(id.line(), id.column(), id.endColumn())).containsExactly(23, 9, 17);
    }
}
