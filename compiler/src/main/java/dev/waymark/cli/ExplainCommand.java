package dev.waymark.cli;

import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import dev.waymark.model.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
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
        Optional<Rule> found = rules.find(rule);
        if (found.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("waymark: no rule named '" + rule + "'"
                    + DidYouMean.closest(rule, rules.ids()).map(s -> "; did you mean '" + s + "'?").orElse(""));
            err.println("Run 'waymark explain' to list the rules.");
            err.flush();
            return ExitCodes.USAGE;
        }
        out.print(found.get().explanation().stripTrailing());
        out.println();
        out.flush();
        return ExitCodes.OK;
    }
}
