package dev.waymark.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What version control knows about a file, for rules such as `unreviewed-change`. The compiler
 * core knows no git; an implementation (JGit) is handed in by the CLI or the Maven plugin.
 */
public interface ChangeHistory {

    /** Why history cannot be read (not a repository, a shallow clone), or empty when it can. */
    Optional<String> unavailableReason();

    /**
     * Changes to a file made after a date: each with the lines of the current text it touched
     * (1-based), so a rule can tell a change to a journey's content from one to its review line.
     * Uncommitted changes count, dated today.
     */
    List<Change> changesAfter(String file, LocalDate date);

    /**
     * True when there is no repository at all (not a shallow or broken one): outside git the
     * history rules stay silent unless waymark.yaml turns them on by name.
     */
    default boolean outsideVersionControl() {
        return false;
    }

    record Change(String commit, LocalDate date, String author, String summary, List<Integer> lines) {
    }

    ChangeHistory NONE = new ChangeHistory() {
        @Override
        public Optional<String> unavailableReason() {
            return Optional.of("no version control history was given");
        }

        @Override
        public List<Change> changesAfter(String file, LocalDate date) {
            return List.of();
        }
    };
}
