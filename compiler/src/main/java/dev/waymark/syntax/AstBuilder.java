package dev.waymark.syntax;

import dev.waymark.grammar.JourneyParser.*;
import dev.waymark.model.*;
import dev.waymark.model.UnreadableValue.Slot;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the immutable syntax tree from ANTLR's parse tree. After a syntax error the parse tree
 * has holes; an item that cannot be built is left out (its error is already reported), so the
 * rest of the file is still checked.
 */
final class AstBuilder {
    private final String path;
    private final TokenStream tokens;
    private final boolean recovered;
    /** Start token index of every declaration, for attaching suppressions. */
    private final List<Element> elements = new ArrayList<>();
    private final List<Integer> elementStarts = new ArrayList<>();
    private final LeafReader leaves;

    AstBuilder(SourceLines lines, TokenStream tokens, boolean recovered, SyntaxErrorListener errors) {
        this.path = lines.path();
        this.tokens = tokens;
        this.recovered = recovered;
        this.leaves = new LeafReader(lines, errors);
    }

    JourneyFile build(FileContext ctx) {
        List<Declaration> declarations = new ArrayList<>();
        for (DeclarationContext d : ctx.declaration()) {
            Declaration built = guarded(() -> {
                if (d.team() != null) return team(d.team());
                if (d.persona() != null) return persona(d.persona());
                if (d.journey() != null) return journey(d.journey());
                return null;
            });
            if (built != null) declarations.add(built);
        }
        return new JourneyFile(path, List.copyOf(declarations), new SuppressionScanner(path, tokens, elements, elementStarts).scan(),
                leaves.unreadable());
    }

    // ------------------------------------------------------------------ declarations

    private Team team(TeamContext ctx) {
        Optional<String> description = Optional.empty();
        List<Located<String>> members = new ArrayList<>();
        Optional<Located<String>> escalates = Optional.empty();
        List<ExtraProperty> extras = new ArrayList<>();
        for (TeamItemContext item : ctx.teamItem()) {
            try {
                if (item instanceof TeamMembersContext m) {
                    for (TerminalNode h : m.HANDLE()) if (leaves.present(h)) members.add(leaves.handle(h));
                } else if (item instanceof TeamEscalationContext e) {
                    escalates = Optional.of(leaves.handle(e.HANDLE()));
                } else if (item instanceof TeamDescriptionContext d) {
                    description = Optional.of(leaves.text(d.text()));
                } else if (item instanceof TeamExtraContext x) {
                    leaves.addExtra(extras, x.extraProperty());
                }
            } catch (RuntimeException e) {
                tolerate(e);
            }
        }
        TerminalNode h = ctx.HANDLE();
        if (!leaves.present(h)) return null;
        Team team = new Team(h.getText().substring(1), leaves.title(ctx.title()), description, List.copyOf(members), escalates,
                List.copyOf(extras), leaves.span(ctx), leaves.span(h.getSymbol()));
        return register(team, ctx);
    }

    private Persona persona(PersonaContext ctx) {
        Optional<String> description = Optional.empty(), role = Optional.empty(), segment = Optional.empty(), quote = Optional.empty();
        Optional<Measure> ageFrom = Optional.empty(), ageTo = Optional.empty();
        List<Located<String>> goals = new ArrayList<>(), frustrations = new ArrayList<>();
        List<ExtraProperty> extras = new ArrayList<>();
        for (PersonaItemContext item : ctx.personaItem()) {
            try {
                if (item instanceof PersonaDescriptionContext d) description = Optional.of(leaves.text(d.text()));
                else if (item instanceof PersonaRoleContext r) role = Optional.of(leaves.text(r.text()));
                else if (item instanceof PersonaSegmentContext s) segment = Optional.of(leaves.text(s.text()));
                else if (item instanceof PersonaQuoteContext q) quote = Optional.of(leaves.text(q.text()));
                else if (item instanceof PersonaGoalContext g) goals.add(leaves.located(g.text()));
                else if (item instanceof PersonaFrustrationContext f) frustrations.add(leaves.located(f.text()));
                else if (item instanceof PersonaAgeContext a) {
                    if (a.range() != null) {
                        ageFrom = leaves.read(a.range().NUMBER(0), Slot.AGE);
                        ageTo = leaves.read(a.range().NUMBER(1), Slot.AGE);
                    } else {
                        ageFrom = leaves.read(a.number().NUMBER(), Slot.AGE);
                        ageTo = ageFrom;
                    }
                } else if (item instanceof PersonaExtraContext x) leaves.addExtra(extras, x.extraProperty());
            } catch (RuntimeException e) {
                tolerate(e);
            }
        }
        Persona persona = new Persona(leaves.id(ctx.ident()), leaves.title(ctx.title()), description, role, ageFrom, ageTo, segment,
                List.copyOf(goals), List.copyOf(frustrations), quote, List.copyOf(extras), leaves.span(ctx), leaves.span(ctx.ident()));
        return register(persona, ctx);
    }

    private Journey journey(JourneyContext ctx) {
        String id = leaves.id(ctx.ident());
        Optional<String> description = Optional.empty();
        Optional<Located<String>> owner = Optional.empty(), state = Optional.empty();
        Optional<Review> reviewed = Optional.empty();
        Optional<Located<DurationValue>> every = Optional.empty();
        List<Located<String>> tags = new ArrayList<>(), objectives = new ArrayList<>();
        List<Reference> personas = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        List<Opportunity> opportunities = new ArrayList<>();
        List<ExtraProperty> extras = new ArrayList<>();
        // registered before its children so suppressions find the outermost declaration first
        int slot = reserve(ctx);
        for (JourneyItemContext item : ctx.journeyItem()) {
            try {
                if (item instanceof JourneyDescriptionContext d) description = Optional.of(leaves.text(d.text()));
                else if (item instanceof JourneyOwnerContext o) owner = leaves.owner(o.owner());
                else if (item instanceof JourneyReviewedContext r) {
                    Optional<Located<String>> by = r.HANDLE() != null && leaves.present(r.HANDLE()) ? Optional.of(leaves.handle(r.HANDLE())) : Optional.empty();
                    reviewed = Optional.of(new Review(leaves.date(r.DATE()), by, leaves.span(r)));
                } else if (item instanceof JourneyReviewEveryContext e) {
                    every = leaves.duration(e.DURATION(), Slot.REVIEW_CADENCE);
                } else if (item instanceof JourneyStateContext s) state = Optional.of(leaves.located(s.ident()));
                else if (item instanceof JourneyTagsContext t) t.ident().forEach(i -> tags.add(leaves.located(i)));
                else if (item instanceof JourneyObjectiveContext o) objectives.add(leaves.located(o.text()));
                else if (item instanceof JourneyPersonasContext p) p.ident().forEach(i -> personas.add(new Reference(Optional.empty(), leaves.id(i), leaves.span(i))));
                else if (item instanceof JourneyMetricContext m) metric(m.metric()).ifPresent(metrics::add);
                else if (item instanceof JourneyStageContext s) {
                    Stage stage = guarded(() -> stage(s.stage()));
                    if (stage != null) stages.add(stage);
                } else if (item instanceof JourneyOpportunityContext o) {
                    Opportunity opp = guarded(() -> opportunity(o.opportunity()));
                    if (opp != null) opportunities.add(opp);
                } else if (item instanceof JourneyExtraContext x) leaves.addExtra(extras, x.extraProperty());
            } catch (RuntimeException e) {
                tolerate(e);
            }
        }
        Journey journey = new Journey(id, leaves.title(ctx.title()), description, owner, reviewed, every, state, List.copyOf(tags),
                List.copyOf(objectives), List.copyOf(personas), List.copyOf(metrics), List.copyOf(stages),
                List.copyOf(opportunities), List.copyOf(extras), leaves.span(ctx), leaves.span(ctx.ident()));
        elements.set(slot, journey);
        return journey;
    }

    private Stage stage(StageContext ctx) {
        Optional<String> description = Optional.empty(), goal = Optional.empty();
        Optional<Located<String>> owner = Optional.empty();
        List<Step> steps = new ArrayList<>();
        List<ExtraProperty> extras = new ArrayList<>();
        int slot = reserve(ctx);
        for (StageItemContext item : ctx.stageItem()) {
            try {
                if (item instanceof StageDescriptionContext d) description = Optional.of(leaves.text(d.text()));
                else if (item instanceof StageOwnerContext o) owner = leaves.owner(o.owner());
                else if (item instanceof StageGoalContext g) goal = Optional.of(leaves.text(g.text()));
                else if (item instanceof StageStepContext s) {
                    Step step = guarded(() -> step(s.step()));
                    if (step != null) steps.add(step);
                } else if (item instanceof StageExtraContext x) leaves.addExtra(extras, x.extraProperty());
            } catch (RuntimeException e) {
                tolerate(e);
            }
        }
        Stage stage = new Stage(leaves.id(ctx.ident()), leaves.title(ctx.title()), description, owner, goal, List.copyOf(steps),
                List.copyOf(extras), leaves.span(ctx), leaves.span(ctx.ident()));
        elements.set(slot, stage);
        return stage;
    }

    private Step step(StepContext ctx) {
        Optional<String> description = Optional.empty(), channel = Optional.empty();
        Optional<Located<String>> touchpoint = Optional.empty(), lane = Optional.empty(), owner = Optional.empty();
        Optional<Emotion> emotion = Optional.empty();
        Optional<Score> importance = Optional.empty(), performance = Optional.empty();
        Optional<Dropoff> dropoff = Optional.empty();
        Optional<Located<String>> expands = Optional.empty();
        List<Reference> personas = new ArrayList<>();
        List<Located<String>> thoughts = new ArrayList<>(), moments = new ArrayList<>(), evidence = new ArrayList<>();
        List<Pain> pains = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<NextTarget> next = new ArrayList<>();
        List<ExtraProperty> extras = new ArrayList<>();
        for (StepItemContext item : ctx.stepItem()) {
            try {
                if (item instanceof StepDescriptionContext d) description = Optional.of(leaves.text(d.text()));
                else if (item instanceof StepPersonasContext p) p.ident().forEach(i -> personas.add(new Reference(Optional.empty(), leaves.id(i), leaves.span(i))));
                else if (item instanceof StepChannelContext c) channel = Optional.of(leaves.id(c.ident()));
                else if (item instanceof StepTouchpointContext t) touchpoint = Optional.of(leaves.located(t.ident()));
                else if (item instanceof StepLaneContext l) lane = Optional.of(leaves.located(l.ident()));
                else if (item instanceof StepOwnerContext o) owner = leaves.owner(o.owner());
                else if (item instanceof StepEmotionContext e) {
                    Optional<Measure> score = leaves.read(e.number(0).NUMBER(), Slot.EMOTION);
                    Optional<String> label = e.text() == null ? Optional.empty() : Optional.of(leaves.text(e.text()));
                    Optional<Measure> desired = e.number().size() > 1 ? leaves.read(e.number(1).NUMBER(), Slot.DESIRED_EMOTION) : Optional.empty();
                    if (score.isPresent()) emotion = Optional.of(new Emotion(score.get(), label, desired, leaves.span(e)));
                } else if (item instanceof StepThoughtContext t) thoughts.add(leaves.located(t.text()));
                else if (item instanceof StepPainContext p) pains.add(pain(p));
                else if (item instanceof StepMomentOfTruthContext m) moments.add(leaves.located(m.text()));
                else if (item instanceof StepImportanceContext i) importance = Optional.of(score(i.score(), i, Slot.IMPORTANCE));
                else if (item instanceof StepPerformanceContext p) performance = Optional.of(score(p.score(), p, Slot.PERFORMANCE));
                else if (item instanceof StepMetricContext m) metric(m.metric()).ifPresent(metrics::add);
                else if (item instanceof StepEvidenceContext e) evidence.add(leaves.located(e.text()));
                else if (item instanceof StepNextContext n) {
                    for (NextTargetContext t : n.nextTarget()) {
                        if (t instanceof NextEndContext) next.add(new NextTarget(Optional.empty(), Optional.empty(), leaves.span(t)));
                        else if (t instanceof NextStepContext s) {
                            next.add(new NextTarget(Optional.of(leaves.reference(s.reference())),
                                    s.PERCENT() == null ? Optional.empty() : leaves.read(s.PERCENT(), Slot.SHARE), leaves.span(t)));
                        }
                    }
                } else if (item instanceof StepDropoffContext d) {
                    Optional<Measure> share = leaves.read(d.PERCENT(), Slot.DROPOFF);
                    Optional<String> reason = d.text() == null ? Optional.empty() : Optional.of(leaves.text(d.text()));
                    if (share.isPresent()) dropoff = Optional.of(new Dropoff(share.get(), reason, leaves.span(d)));
                } else if (item instanceof StepExpandsContext x) expands = Optional.of(leaves.located(x.ident()));
                else if (item instanceof StepExtraContext x) leaves.addExtra(extras, x.extraProperty());
            } catch (RuntimeException e) {
                tolerate(e);
            }
        }
        Step step = new Step(leaves.id(ctx.ident()), leaves.title(ctx.title()), description, List.copyOf(personas), channel, touchpoint, lane,
                owner, emotion, List.copyOf(thoughts), List.copyOf(pains), List.copyOf(moments), importance, performance,
                List.copyOf(metrics), List.copyOf(evidence), List.copyOf(next), dropoff, expands, List.copyOf(extras), leaves.span(ctx), leaves.span(ctx.ident()));
        return register(step, ctx);
    }

    private Opportunity opportunity(OpportunityContext ctx) {
        Optional<String> description = Optional.empty();
        List<Reference> addresses = new ArrayList<>();
        Optional<Located<String>> owner = Optional.empty(), status = Optional.empty();
        Optional<Located<DurationValue>> effort = Optional.empty();
        Optional<DateValue> due = Optional.empty();
        Optional<Opportunity.Impact> impact = Optional.empty();
        Optional<Opportunity.Value> value = Optional.empty();
        List<ExtraProperty> extras = new ArrayList<>();
        for (OpportunityItemContext item : ctx.opportunityItem()) {
            try {
                if (item instanceof OpportunityDescriptionContext d) description = Optional.of(leaves.text(d.text()));
                else if (item instanceof OpportunityAddressesContext a) a.reference().forEach(r -> addresses.add(leaves.reference(r)));
                else if (item instanceof OpportunityOwnerContext o) owner = leaves.owner(o.owner());
                else if (item instanceof OpportunityEffortContext e) {
                    effort = leaves.duration(e.DURATION(), Slot.EFFORT);
                } else if (item instanceof OpportunityDueContext d) due = Optional.of(leaves.date(d.DATE()));
                else if (item instanceof OpportunityStatusContext s) status = Optional.of(leaves.located(s.ident()));
                else if (item instanceof OpportunityImpactContext i) {
                    Optional<Measure> from = leaves.read(i.measure(0), Slot.IMPACT), to = leaves.read(i.measure(1), Slot.IMPACT);
                    if (from.isPresent() && to.isPresent()) impact = Optional.of(new Opportunity.Impact(leaves.id(i.ident()), from.get(), to.get(), leaves.span(i)));
                } else if (item instanceof OpportunityValueContext v) value = Optional.of(value(v));
                else if (item instanceof OpportunityExtraContext x) leaves.addExtra(extras, x.extraProperty());
            } catch (RuntimeException e) {
                tolerate(e);
            }
        }
        Opportunity opportunity = new Opportunity(leaves.id(ctx.ident()), leaves.title(ctx.title()), description, List.copyOf(addresses), owner,
                effort, due, status, impact, value, List.copyOf(extras), leaves.span(ctx), leaves.span(ctx.ident()));
        return register(opportunity, ctx);
    }

    // ------------------------------------------------------------------ pieces

    private Pain pain(StepPainContext ctx) {
        Optional<Located<String>> id = ctx.ident() == null ? Optional.empty() : Optional.of(leaves.located(ctx.ident()));
        Optional<Located<String>> severity = Optional.empty();
        Optional<String> category = Optional.empty();
        for (PainAttributeContext a : ctx.painAttribute()) {
            try {
                if (a instanceof PainSeverityContext s) severity = Optional.of(leaves.located(s.ident()));
                else if (a instanceof PainCategoryContext c) category = Optional.of(leaves.id(c.ident()));
            } catch (RuntimeException e) {
                tolerate(e);
            }
        }
        return new Pain(id, leaves.text(ctx.text()), severity, category, leaves.span(ctx));
    }

    private Score score(List<ScoreContext> scores, ParserRuleContext owner, Slot slot) {
        Optional<Measure> customer = Optional.empty(), internal = Optional.empty();
        for (ScoreContext s : scores) {
            Optional<Measure> m = leaves.read(s.number().NUMBER(), slot);
            if (s.CUSTOMER() != null) customer = m;
            else internal = m;
        }
        return new Score(customer, internal, leaves.span(owner));
    }

    private Opportunity.Value value(OpportunityValueContext ctx) {
        Optional<Measure> customer = Optional.empty(), business = Optional.empty();
        for (ValuePartContext part : ctx.valuePart()) {
            if (part.CUSTOMER() != null) customer = leaves.read(part.measure(), Slot.VALUE);
            else business = leaves.read(part.measure(), Slot.VALUE);
        }
        return new Opportunity.Value(customer, business, leaves.span(ctx));
    }

    /** A metric whose value cannot be held is left out; one whose target cannot be, keeps its value. */
    private Optional<Metric> metric(MetricContext ctx) {
        String name = leaves.id(ctx.ident());
        Optional<Measure> value = leaves.read(ctx.measure(0), Slot.METRIC);
        Optional<Measure> target = ctx.measure().size() > 1 ? leaves.read(ctx.measure(1), Slot.METRIC_TARGET) : Optional.empty();
        return value.map(v -> new Metric(name, v, target, leaves.span(ctx)));
    }

    private <T extends Element> T register(T element, ParserRuleContext ctx) {
        elements.add(element);
        elementStarts.add(ctx.getStart().getTokenIndex());
        return element;
    }

    private int reserve(ParserRuleContext ctx) {
        elements.add(null);
        elementStarts.add(ctx.getStart().getTokenIndex());
        return elements.size() - 1;
    }

    /** Builds one item; after a syntax error an item with a hole is dropped instead of failing the file. */
    private <T> T guarded(Supplier<T> build) {
        int before = elements.size();
        try {
            return build.get();
        } catch (LeafReader.Hole | NullPointerException | IndexOutOfBoundsException | IllegalArgumentException e) {
            if (!recovered) throw e instanceof LeafReader.Hole ? new IllegalStateException("hole in a tree without syntax errors", e) : e;
            while (elements.size() > before) {
                elements.remove(elements.size() - 1);
                elementStarts.remove(elementStarts.size() - 1);
            }
            return null;
        }
    }

    /** After a syntax error, an item with a hole is skipped; without one, a failure is a bug and must surface. */
    private void tolerate(RuntimeException e) {
        if (!recovered) throw e instanceof LeafReader.Hole ? new IllegalStateException("hole in a tree without syntax errors", e) : e;
    }
}
