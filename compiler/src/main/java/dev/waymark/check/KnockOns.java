package dev.waymark.check;

import dev.waymark.model.Declaration;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.NextTarget;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Reference;
import dev.waymark.model.RuleId;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Step;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Silence about what a cause made unknowable, as rustc and Elm keep it. A cause is a syntax
 * error, an unresolved reference or an invalid value; what a rule would conclude from the
 * information the cause hid is unknown, not false, so it is not reported:
 * <ul>
 * <li>a declaration whose text holds a syntax error is broken: only its syntax errors are
 *     reported (recovery may have dropped or moved any part of it); a syntax error anywhere makes
 *     the workspace-wide facts unknown (who refers to a persona, which teams and journeys exist);</li>
 * <li>an unresolved `next` makes reachability unknown, an unresolved persona the use of personas,
 *     an unresolved `addresses` which pains are addressed;</li>
 * <li>an invalid value makes the facts read from it unknown (a date that is not a date says
 *     nothing about the review, an unknown lane nothing about whether the customer acts).</li>
 * </ul>
 * One table, kept here, instead of a special case in every rule.
 */
final class KnockOns {
    private static final Set<RuleId> REVIEW_RULES = Set.of(RuleId.MISSING_REVIEW, RuleId.STALE_REVIEW, RuleId.REVIEW_DUE_SOON,
            RuleId.REVIEW_IN_FUTURE, RuleId.UNREVIEWED_CHANGE);

    private final Workspace workspace;
    private final List<SourceSpan> broken = new ArrayList<>();
    private final boolean anySyntaxError;
    private final Set<SourceSpan> unresolved = new HashSet<>();
    private final Set<SourceSpan> invalid = new HashSet<>();
    /** The journeys of each file, in file order: a span is looked for in its own file only. */
    private final Map<String, List<Journey>> journeysByFile = new HashMap<>();

    private KnockOns(Workspace workspace, List<Diagnostic> diagnostics) {
        this.workspace = workspace;
        boolean any = false;
        for (ParseResult file : workspace.files()) {
            if (file.diagnostics().isEmpty()) continue;
            List<SourceSpan> errors = file.diagnostics().stream().map(Diagnostic::span).toList();
            if (errors.isEmpty()) continue;
            any = true;
            broken.addAll(brokenDeclarations(file.file().declarations(), errors));
        }
        this.anySyntaxError = any;
        for (Diagnostic d : diagnostics) {
            if (d.rule().equals(RuleId.UNRESOLVED_REFERENCE)) unresolved.add(d.span());
            else if (d.rule().equals(RuleId.INVALID_VALUE)) invalid.add(d.span());
        }
    }

    /** The diagnostics without those whose conclusion a cause made unknowable. */
    static List<Diagnostic> drop(Workspace workspace, List<Diagnostic> diagnostics) {
        KnockOns k = new KnockOns(workspace, diagnostics);
        if (!k.anySyntaxError && k.unresolved.isEmpty() && k.invalid.isEmpty()) return diagnostics;
        return diagnostics.stream().filter(d -> !k.unknowable(d)).toList();
    }

    /**
     * A declaration is broken when a syntax error lies in it or between it and the next
     * declaration (text after a declaration is most often the part of it an early `}` cut off).
     */
    private static List<SourceSpan> brokenDeclarations(List<Declaration> declarations, List<SourceSpan> errors) {
        List<SourceSpan> out = new ArrayList<>();
        for (int i = 0; i < declarations.size(); i++) {
            SourceSpan from = declarations.get(i).span();
            Optional<SourceSpan> until = i + 1 < declarations.size() ? Optional.of(declarations.get(i + 1).span()) : Optional.empty();
            boolean first = i == 0;
            boolean hit = errors.stream().anyMatch(e -> (first || !before(e, from)) && until.map(u -> before(e, u)).orElse(true));
            if (hit) out.add(from);
        }
        return out;
    }

    private static boolean before(SourceSpan a, SourceSpan b) {
        return a.line() != b.line() ? a.line() < b.line() : a.column() < b.column();
    }

    private boolean unknowable(Diagnostic d) {
        if (d.rule().equals(RuleId.SYNTAX)) return false;
        if (broken.stream().anyMatch(b -> b.contains(d.span()))) return true;
        RuleId rule = d.rule();
        if (rule.equals(RuleId.UNUSED_PERSONA)) return anySyntaxError || personaReferences().anyMatch(unresolved::contains);
        if (rule.equals(RuleId.UNKNOWN_OWNER)) return anySyntaxError;
        if (rule.equals(RuleId.UNRESOLVED_REFERENCE)) return anySyntaxError && crossDeclarationReferences(d.span().file()).anyMatch(d.span()::equals);
        if (rule.equals(RuleId.UNREACHABLE_STEP)) {
            return journeyOf(d).map(j -> nextReferencesInto(j).anyMatch(unresolved::contains)).orElse(false);
        }
        if (rule.equals(RuleId.PAIN_WITHOUT_OPPORTUNITY)) {
            return journeyOf(d).map(j -> addressesInto(j).anyMatch(unresolved::contains)
                    || j.opportunities().stream().anyMatch(o -> o.status().map(s -> invalid.contains(s.span())).orElse(false))).orElse(false);
        }
        if (rule.equals(RuleId.OPPORTUNITY_OVERDUE)) {
            return opportunityOf(d).map(o -> o.due().map(v -> invalid.contains(v.span())).orElse(false)
                    || o.status().map(s -> invalid.contains(s.span())).orElse(false)).orElse(false);
        }
        if (rule.equals(RuleId.MISSING_EMOTION)) return stepOf(d).flatMap(Step::lane).map(l -> invalid.contains(l.span())).orElse(false);
        if (rule.equals(RuleId.PRIORITY_GAP)) {
            return stepOf(d).map(s -> Stream.of(s.importance(), s.performance()).flatMap(Optional::stream)
                    .flatMap(sc -> Stream.of(sc.customer(), sc.internal()).flatMap(Optional::stream))
                    .anyMatch(m -> invalid.contains(m.span()))).orElse(false);
        }
        // the review status is `unknown` (Workspace.reviewUnknown, the one place): no review rule can conclude anything
        return REVIEW_RULES.contains(rule) && journeyOf(d).map(workspace::reviewUnknown).orElse(false);
    }

    /**
     * The journeys in the files that hold an unresolved reference: only their references can be
     * among the unresolved spans, so a question "is any reference into j unresolved" reads these
     * few files, not the workspace (the language server settles a large one after every edit).
     */
    private Stream<Journey> journeysWithUnresolved() {
        return unresolved.stream().map(SourceSpan::file).distinct().flatMap(f -> journeysIn(f).stream());
    }

    private List<Journey> journeysIn(String file) {
        return journeysByFile.computeIfAbsent(file, f -> workspace.tree(f).map(t -> t.journeys().toList()).orElse(List.of()));
    }

    private Stream<SourceSpan> personaReferences() {
        return personaReferences(journeysWithUnresolved());
    }

    private static Stream<SourceSpan> personaReferences(Stream<Journey> journeys) {
        return journeys.flatMap(j -> Stream.concat(j.personas().stream(),
                j.steps().flatMap(s -> s.personas().stream()))).map(Reference::span);
    }

    /** References to what another declaration declares: they may name what a broken one held. */
    private Stream<SourceSpan> crossDeclarationReferences(String file) {
        Stream<Reference> qualified = journeysIn(file).stream().flatMap(j -> Stream.concat(
                j.steps().flatMap(s -> s.next().stream()).map(NextTarget::step).flatMap(Optional::stream),
                j.opportunities().stream().flatMap(o -> o.addresses().stream()))).filter(r -> r.journey().isPresent());
        Stream<SourceSpan> escalations = workspace.teams().values().stream().map(t -> t.escalatesTo())
                .flatMap(Optional::stream).map(Located::span);
        return Stream.concat(Stream.concat(personaReferences(journeysIn(file).stream()), qualified.map(Reference::span)), escalations);
    }

    /** `next` references that may lead into journey j: its own, and those naming j or a journey that does not exist. */
    private Stream<SourceSpan> nextReferencesInto(Journey j) {
        return journeysWithUnresolved().flatMap(from -> from.steps().flatMap(s -> s.next().stream())
                .map(NextTarget::step).flatMap(Optional::stream).filter(r -> into(r, from, j))).map(Reference::span);
    }

    private Stream<SourceSpan> addressesInto(Journey j) {
        return journeysWithUnresolved().flatMap(from -> from.opportunities().stream()
                .flatMap(o -> o.addresses().stream()).filter(r -> into(r, from, j))).map(Reference::span);
    }

    private boolean into(Reference r, Journey from, Journey j) {
        if (r.journey().isEmpty()) return from == j;
        String target = r.journey().get();
        return target.equals(j.id()) || !workspace.journeys().containsKey(target);
    }

    private Optional<Journey> journeyOf(Diagnostic d) {
        return journeysIn(d.span().file()).stream().filter(j -> j.span().contains(d.span())).findFirst();
    }

    private Optional<Step> stepOf(Diagnostic d) {
        return journeyOf(d).flatMap(j -> j.steps().filter(s -> s.span().contains(d.span())).findFirst());
    }

    private Optional<Opportunity> opportunityOf(Diagnostic d) {
        return journeyOf(d).flatMap(j -> j.opportunities().stream().filter(o -> o.span().contains(d.span())).findFirst());
    }
}
