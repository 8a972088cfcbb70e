package dev.waymark.cli;

import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import dev.waymark.model.RuleId;
import dev.waymark.model.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** `waymark explain [RULE]`: a rule's page, or the list of every rule. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: what it checks, why it matters, an example and the fix. Without RULE, list all rules.")
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", arity = "0..1", description = "A rule id, e.g. stale-review.")
    String rule;

    @Override
    public Integer call() {
        Rules rules = Rules.load();
        PrintWriter out = spec.commandLine().getOut();
        if (rule == null) {
            out.println("Rules (default severity):");
            for (Rule r : rules.all()) {
                out.printf("  %-26s %-8s %s%n", r.id(), r.defaultSeverity().label(), r.summary());
            }
            out.println();
            out.println("Run 'waymark explain RULE' for a rule's page.");
            out.flush();
            return ExitCodes.OK;
        }
        Optional<Rule> found = rules.find(RuleId.of(rule));
        if (found.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            List<String> meant = suggestions(rule, rules.ids());
            String hint = meant.isEmpty() ? "" : "; did you mean " + String.join(meant.size() == 2 ? " or " : ", ",
                    meant.stream().map(s -> "'" + s + "'").toList()) + "?";
            err.println("waymark: no rule named '" + rule + "'" + hint);
            err.println("Run 'waymark explain' to list the rules.");
            err.flush();
            return ExitCodes.USAGE;
        }
        out.print(found.get().explanation().stripTrailing());
        out.println();
        out.flush();
        return ExitCodes.OK;
    }

    /** The rules meant: `stale` -> `stale-review` (a word of the id), else the closest id. */
    static List<String> suggestions(String wrong, java.util.Collection<String> ids) {
        String w = wrong.toLowerCase(java.util.Locale.ROOT).strip();
        Optional<String> close = DidYouMean.closest(wrong, ids);
        if (close.isPresent()) return List.of(close.get());
        List<String> words = ids.stream().filter(id -> List.of(id.split("-")).contains(w) || id.startsWith(w)).sorted().toList();
        return words.size() <= 3 ? words : List.of();
    }
}
