package dev.waymark.check;

import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything a rule may look at: the resolved workspace, the policy, the "as of" date, file
 * history, and the folder shown file names are relative to (where `overrides:` globs are matched).
 */
public record CheckContext(Workspace workspace, Policy policy, LocalDate asOf, ChangeHistory history, Path workingDir) {

    public CheckContext(Workspace workspace, Policy policy, LocalDate asOf, ChangeHistory history) {
        this(workspace, policy, asOf, history, Path.of("").toAbsolutePath());
    }

    /** The policy for one file, with the `overrides:` that match it (rule levels and limits). */
    public Policy policyFor(String file) {
        return policy.forFile(file, workingDir);
    }
}
