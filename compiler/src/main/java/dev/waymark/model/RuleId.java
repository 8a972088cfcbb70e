package dev.waymark.model;

import java.util.Objects;

/**
 * The id of a rule (`syntax`, `stale-review`, a team's `journey-tags`), as diagnostics,
 * suppressions, baselines and reports carry it. A value type, not an enum: teams add rules
 * through ServiceLoader, so the set is open; the built-in ids are the constants here, and code
 * that treats one rule specially compares with a constant, never with a string.
 */
public record RuleId(String id) implements Comparable<RuleId> {
    public static final RuleId SYNTAX = new RuleId("syntax");
    /** Not a rule: waymark.yaml could not be read (the language server and `serve` report it). */
    public static final RuleId CONFIG = new RuleId("config");

    public static final RuleId DUPLICATE_ID = new RuleId("duplicate-id");
    public static final RuleId EMPTY_STAGE = new RuleId("empty-stage");
    public static final RuleId EXPANSION_CYCLE = new RuleId("expansion-cycle");
    public static final RuleId INVALID_VALUE = new RuleId("invalid-value");
    public static final RuleId MISSING_EMOTION = new RuleId("missing-emotion");
    public static final RuleId MISSING_EVIDENCE = new RuleId("missing-evidence");
    public static final RuleId MISSING_OWNER = new RuleId("missing-owner");
    public static final RuleId MISSING_REVIEW = new RuleId("missing-review");
    public static final RuleId NO_OBJECTIVE = new RuleId("no-objective");
    public static final RuleId OPPORTUNITY_OVERDUE = new RuleId("opportunity-overdue");
    public static final RuleId PAIN_WITHOUT_OPPORTUNITY = new RuleId("pain-without-opportunity");
    public static final RuleId PRIORITY_GAP = new RuleId("priority-gap");
    public static final RuleId REVIEW_DUE_SOON = new RuleId("review-due-soon");
    public static final RuleId REVIEW_IN_FUTURE = new RuleId("review-in-future");
    public static final RuleId STALE_REVIEW = new RuleId("stale-review");
    public static final RuleId SUPPRESSION_REASON = new RuleId("suppression-reason");
    public static final RuleId TOO_COMPLEX = new RuleId("too-complex");
    public static final RuleId UNKNOWN_OWNER = new RuleId("unknown-owner");
    public static final RuleId UNREACHABLE_STEP = new RuleId("unreachable-step");
    public static final RuleId UNRESOLVED_REFERENCE = new RuleId("unresolved-reference");
    public static final RuleId UNREVIEWED_CHANGE = new RuleId("unreviewed-change");
    public static final RuleId UNUSED_PERSONA = new RuleId("unused-persona");
    public static final RuleId UNUSED_SUPPRESSION = new RuleId("unused-suppression");

    public RuleId {
        Objects.requireNonNull(id, "id");
    }

    public static RuleId of(String id) {
        return new RuleId(id);
    }

    @Override
    public int compareTo(RuleId other) {
        return id.compareTo(other.id);
    }

    /** The id as written, so that output reads `error[syntax]`. */
    @Override
    public String toString() {
        return id;
    }
}
