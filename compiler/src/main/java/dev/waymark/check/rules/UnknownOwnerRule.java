package dev.waymark.check.rules;

import dev.waymark.check.CheckContext;
import dev.waymark.check.Rule;
import dev.waymark.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An `owner` handle that is neither a declared team nor a member of one. Judged only when the
 * workspace declares at least one team: without teams, handles cannot be checked at all.
 */
public final class UnknownOwnerRule implements Rule {
    @Override
    public String id() {
        return RuleId.UNKNOWN_OWNER.id();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "an owner handle is neither a declared team nor a member of one (when teams are declared)";
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (context.workspace().teams().isEmpty()) return;
        Set<String> known = context.workspace().knownHandles();
        for (Journey journey : context.workspace().allJourneys()) {
            List<Located<String>> owners = new ArrayList<>();
            journey.owner().ifPresent(owners::add);
            for (Stage stage : journey.stages()) {
                stage.owner().ifPresent(owners::add);
                for (Step step : stage.steps()) step.owner().ifPresent(owners::add);
            }
            for (Opportunity o : journey.opportunities()) o.owner().ifPresent(owners::add);
            for (Located<String> owner : owners) {
                if (known.contains(owner.value())) continue;
                report.accept(problem(owner.span(), "owner " + owner.value() + " is not a declared team or a member of one, so nobody can be reached through it")
                        .withHelp(DidYouMean.hint(owner.value(), known).orElse("declare it (team " + owner.value()
                                + " \"Name\" { members ... }) or add it to a team's `members`")));
            }
        }
    }
}
