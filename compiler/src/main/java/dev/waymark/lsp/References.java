package dev.waymark.lsp;

import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.NextTarget;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Reference;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Find references": every place in the workspace that names what the cursor stands on — the
 * `next`, `addresses` and persona references that resolve to it, or the handles that spell it.
 */
final class References {
    private References() {
    }

    static List<SourceSpan> of(Workspace ws, Hit hit, boolean includeDeclaration) {
        Optional<Object> target = Navigator.resolve(ws, hit);
        List<SourceSpan> out = new ArrayList<>();
        if (includeDeclaration) target.flatMap(Navigator::idSpan).ifPresent(out::add);
        Optional<String> handle = hit instanceof Hit.Handle h ? Optional.of(h.handle().value())
                : target.filter(Team.class::isInstance).map(t -> ((Team) t).handle());
        if (handle.isPresent()) {
            for (Located<String> h : handles(ws)) {
                if (h.value().equals(handle.get())) out.add(h.span());
            }
            return out;
        }
        if (target.isEmpty()) return out;
        for (Hit.Ref ref : references(ws)) {
            Optional<Object> resolved = Navigator.resolve(ws, ref);
            if (resolved.isPresent() && resolved.get() == target.get()) out.add(ref.reference().span());
        }
        return out;
    }

    /** Every persona, `next` and `addresses` reference of every journey, in file order. */
    static List<Hit.Ref> references(Workspace ws) {
        List<Hit.Ref> refs = new ArrayList<>();
        for (Journey j : ws.allJourneys()) {
            for (Reference r : j.personas()) refs.add(new Hit.Ref(r, j, Hit.Kind.PERSONA));
            j.steps().forEach(step -> {
                for (Reference r : step.personas()) refs.add(new Hit.Ref(r, j, Hit.Kind.PERSONA));
                for (NextTarget t : step.next()) t.step().ifPresent(r -> refs.add(new Hit.Ref(r, j, Hit.Kind.NEXT)));
            });
            for (Opportunity o : j.opportunities()) {
                for (Reference r : o.addresses()) refs.add(new Hit.Ref(r, j, Hit.Kind.ADDRESSES));
            }
        }
        return refs;
    }

    /** Every handle written anywhere: owners, reviewers, members, escalations. */
    static List<Located<String>> handles(Workspace ws) {
        List<Located<String>> handles = new ArrayList<>();
        for (var file : ws.files()) {
            file.file().teams().forEach(t -> {
                handles.addAll(t.members());
                t.escalatesTo().ifPresent(handles::add);
            });
        }
        for (Journey j : ws.allJourneys()) {
            j.owner().ifPresent(handles::add);
            j.reviewed().flatMap(r -> r.by()).ifPresent(handles::add);
            for (Stage s : j.stages()) {
                s.owner().ifPresent(handles::add);
                for (Step step : s.steps()) step.owner().ifPresent(handles::add);
            }
            for (Opportunity o : j.opportunities()) o.owner().ifPresent(handles::add);
        }
        return handles;
    }
}
