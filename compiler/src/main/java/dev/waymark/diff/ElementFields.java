package dev.waymark.diff;

import dev.waymark.model.ExtraProperty;
import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fields of each element kind that a diff compares, with the names the diff reports
 * (`owner`, `emotion`, `emotion-target`, `thought`, ...). Children (a journey's stages, a
 * stage's steps, a step's pains and metrics, `next`) are not fields: they are diffed as
 * elements of their own.
 */
final class ElementFields {
    private ElementFields() {
    }

    static FieldSet journey(Journey j) {
        return extras(new FieldSet()
                .scalar("title", j.title())
                .scalar("description", j.description())
                .scalar("owner", Values.located(j.owner()))
                .scalar("state", Values.located(j.state()))
                .scalar("reviewed", j.reviewed().map(r -> r.date().text()))
                .scalar("reviewed-by", j.reviewed().flatMap(r -> r.by()).map(Located::value))
                .scalar("review-every", j.reviewEvery().map(d -> d.value().toString()))
                .items("tag", Located.values(j.tags()))
                .items("objective", Located.values(j.objectives()))
                .items("persona", refs(j.personas())), j.extras());
    }

    static FieldSet stage(Stage s) {
        return extras(new FieldSet()
                .scalar("title", s.title())
                .scalar("description", s.description())
                .scalar("owner", Values.located(s.owner()))
                .scalar("goal", s.goal()), s.extras());
    }

    static FieldSet step(Step s) {
        return extras(new FieldSet()
                .scalar("title", s.title())
                .scalar("description", s.description())
                .scalar("channel", s.channel())
                .scalar("touchpoint", Values.located(s.touchpoint()))
                .scalar("lane", Values.located(s.lane()))
                .scalar("owner", Values.located(s.owner()))
                .scalar("emotion", Values.emotion(s.emotion()))
                .scalar("emotion-label", s.emotion().flatMap(e -> e.label()))
                .scalar("emotion-target", Values.emotionTarget(s.emotion()))
                .scalar("importance", Values.score(s.importance()))
                .scalar("performance", Values.score(s.performance()))
                .scalar("dropoff", Values.dropoff(s.dropoff()))
                .scalar("dropoff-reason", s.dropoff().flatMap(d -> d.reason()))
                .scalar("expands", Values.located(s.expands()))
                .items("persona", refs(s.personas()))
                .items("thought", Located.values(s.thoughts()))
                .items("moment-of-truth", Located.values(s.momentsOfTruth()))
                .items("evidence", Located.values(s.evidence())), s.extras());
    }

    static FieldSet pain(Pain p) {
        return new FieldSet()
                .scalar("text", p.text())
                .scalar("severity", p.severityName())
                .scalar("category", p.category());
    }

    static FieldSet opportunity(Opportunity o) {
        return extras(new FieldSet()
                .scalar("title", o.title())
                .scalar("description", o.description())
                .scalar("owner", Values.located(o.owner()))
                .scalar("effort", o.effort().map(e -> e.value().toString()))
                .scalar("due", Values.date(o.due()))
                .scalar("status", Values.located(o.status()))
                .scalar("impact", Values.impact(o.impact()))
                .scalar("value", o.value().map(v -> Values.value(v)))
                .items("addresses", refs(o.addresses())), o.extras());
    }

    static FieldSet persona(Persona p) {
        return extras(new FieldSet()
                .scalar("title", p.title())
                .scalar("description", p.description())
                .scalar("role", p.role())
                .scalar("age", Values.age(p.ageFrom(), p.ageTo()))
                .scalar("segment", p.segment())
                .scalar("quote", p.quote())
                .items("goal", Located.values(p.goals()))
                .items("frustration", Located.values(p.frustrations())), p.extras());
    }

    static FieldSet team(Team t) {
        return extras(new FieldSet()
                .scalar("title", t.title())
                .scalar("description", t.description())
                .scalar("escalates-to", Values.located(t.escalatesTo()))
                .items("member", t.members().stream().map(Located::value).toList()), t.extras());
    }

    private static List<String> refs(List<Reference> refs) {
        return refs.stream().map(Reference::text).toList();
    }

    /** `x-...` metadata, one field per name (repeated names joined), sorted so the order of writing does not matter. */
    private static FieldSet extras(FieldSet set, List<ExtraProperty> extras) {
        Map<String, String> byName = new TreeMap<>();
        for (ExtraProperty x : extras) byName.merge(x.name(), x.value(), (a, b) -> a + ", " + b);
        byName.forEach((name, value) -> set.scalar(name, Optional.of(value)));
        return set;
    }
}
