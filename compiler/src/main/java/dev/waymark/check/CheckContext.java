package dev.waymark.check;

import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;

import java.time.LocalDate;

/** Everything a rule may look at: the resolved workspace, the policy, the "as of" date, file history. */
public record CheckContext(Workspace workspace, Policy policy, LocalDate asOf, ChangeHistory history) {
}
