package dev.waymark.lsp;

import dev.waymark.model.Emotion;
import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.Reference;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.Owner;
import dev.waymark.resolve.Workspace;

import java.util.List;
import java.util.Optional;

/** The short Markdown summary shown on hover: title, effective owner, emotion, pains. */
final class Hovers {
    private Hovers() {
    }

    static Optional<String> of(Workspace ws, Hit hit) {
        Optional<Object> element = Navigator.resolve(ws, hit);
        if (element.isPresent()) return Optional.of(describe(ws, element.get()));
        if (hit instanceof Hit.Handle h) {
            List<Team> teams = Navigator.teamsWithMember(ws, h.handle().value());
            if (teams.isEmpty()) return Optional.of("`" + h.handle().value() + "` is not a declared team or a member of one");
            return Optional.of("`" + h.handle().value() + "`, member of " + String.join(", ", teams.stream().map(t -> "`" + t.handle() + "`").toList()));
        }
        return Optional.empty();
    }

    static String describe(Workspace ws, Object element) {
        if (element instanceof Step step) return step(ws, step);
        if (element instanceof Stage stage) {
            StringBuilder md = heading("Stage", stage.id(), stage.title());
            stage.owner().ifPresent(o -> md.append("\n\nOwner: ").append(code(o.value())));
            stage.goal().ifPresent(g -> md.append("\n\nGoal: ").append(g));
            md.append("\n\n").append(stage.steps().size()).append(stage.steps().size() == 1 ? " step" : " steps");
            return md.toString();
        }
        if (element instanceof Journey j) {
            StringBuilder md = heading("Journey", j.id(), j.title());
            md.append("\n\nOwner: ").append(j.owner().map(o -> code(o.value())).orElse("none"));
            j.reviewed().ifPresent(r -> md.append("\n\nReviewed: ").append(r.date().text())
                    .append(r.by().map(b -> " by " + code(b.value())).orElse("")));
            md.append("\n\n").append(j.stages().size()).append(" stages, ").append(j.steps().count()).append(" steps");
            return md.toString();
        }
        if (element instanceof Persona p) {
            StringBuilder md = heading("Persona", p.id(), p.title());
            p.role().ifPresent(r -> md.append("\n\nRole: ").append(r));
            p.description().ifPresent(d -> md.append("\n\n").append(d));
            p.goals().forEach(g -> md.append("\n- goal: ").append(g));
            p.frustrations().forEach(f -> md.append("\n- frustration: ").append(f));
            return md.toString();
        }
        if (element instanceof Team t) {
            StringBuilder md = heading("Team", t.handle(), t.title());
            if (!t.members().isEmpty()) md.append("\n\nMembers: ").append(String.join(", ", t.members().stream().map(m -> code(m.value())).toList()));
            t.escalatesTo().ifPresent(e -> md.append("\n\nEscalates to ").append(code(e.value())));
            return md.toString();
        }
        if (element instanceof Opportunity o) {
            StringBuilder md = heading("Opportunity", o.id(), o.title());
            md.append("\n\nOwner: ").append(o.owner().map(x -> code(x.value())).orElse("none"));
            o.status().ifPresent(s -> md.append("\n\nStatus: ").append(s.value()));
            o.due().ifPresent(d -> md.append("\n\nDue: ").append(d.text()));
            if (!o.addresses().isEmpty()) {
                md.append("\n\nAddresses: ").append(String.join(", ", o.addresses().stream().map(r -> code(r.text())).toList()));
            }
            return md.toString();
        }
        Pain pain = (Pain) element;
        StringBuilder md = new StringBuilder("**Pain** `").append(pain.id().map(Located::value).orElse("")).append("`: ").append(pain.text());
        pain.severityName().ifPresent(s -> md.append("\n\nSeverity: ").append(s));
        pain.category().ifPresent(c -> md.append("\n\nCategory: ").append(c));
        return md.toString();
    }

    private static String step(Workspace ws, Step step) {
        StringBuilder md = heading("Step", step.id(), step.title());
        ws.bindings().where(step).ifPresent(w -> md.append("\n\nJourney ").append(code(w.journey().id())).append(", stage ").append(code(w.stage().id())));
        Optional<Owner> owner = ws.bindings().owner(step);
        md.append("\n\nOwner: ").append(owner.map(o -> code(o.value())).orElse("none"));
        owner.filter(o -> o.inherited(Owner.Source.STEP)).ifPresent(o -> md.append(" (inherited from the ").append(o.source().label()).append(')'));
        step.emotion().ifPresent(e -> md.append("\n\nEmotion: ").append(emotion(e)));
        if (!step.personas().isEmpty()) {
            md.append("\n\nPersonas: ").append(String.join(", ", step.personas().stream().map(Reference::id).map(Hovers::code).toList()));
        }
        if (!step.pains().isEmpty()) {
            md.append("\n\nPains:");
            for (Pain p : step.pains()) {
                md.append("\n- ").append(p.id().map(id -> code(id.value()) + ": ").orElse("")).append(p.text())
                        .append(p.severityName().map(s -> " (" + s + ")").orElse(""));
            }
        }
        return md.toString();
    }

    private static String emotion(Emotion e) {
        return e.score().text() + e.label().map(l -> " \"" + l + "\"").orElse("") + e.target().map(t -> " → " + t.text()).orElse("");
    }

    private static StringBuilder heading(String kind, String id, Optional<String> title) {
        return new StringBuilder("**").append(kind).append("** ").append(code(id)).append(title.map(t -> ": " + t).orElse(""));
    }

    private static String code(String text) {
        return "`" + text + "`";
    }
}
