package dev.waymark.diff;

import dev.waymark.model.OpportunityStatus;
import dev.waymark.resolve.ReviewStatus;

import java.util.Optional;
import java.util.Set;

/**
 * Every rule that decides a change's level, in one place (docs/diff.md repeats this table).
 *
 * <p>breaking: what makes a map lose information somebody relies on, or lose its owner or
 * review — an element removed, an owner removed, a review that becomes stale or missing, an
 * opportunity dropped. info: wording and bookkeeping that do not change what the map says.
 * notable: everything else (a reviewer should look, nothing is lost).
 */
public final class ChangeLevels {

    /** Removing one of these loses a part of the map (or of the workspace) that others may reference. */
    private static final Set<ElementKind> REMOVAL_BREAKS = Set.of(ElementKind.JOURNEY, ElementKind.STAGE,
            ElementKind.STEP, ElementKind.OPPORTUNITY, ElementKind.PERSONA, ElementKind.TEAM);

    /** Fields that are wording or bookkeeping: a changed title is not a changed journey. */
    private static final Set<String> INFO_FIELDS = Set.of("title", "description", "goal", "thought", "evidence",
            "quote", "role", "segment", "tag", "emotion-label", "reviewed", "reviewed-by", "dropoff-reason");

    /** Review states that mean nobody vouches for the map any more. */
    private static final Set<String> UNREVIEWED = Set.of(ReviewStatus.Status.STALE.label(), ReviewStatus.Status.MISSING.label(),
            ReviewStatus.Status.UNKNOWN.label());

    /** The field a flow edge change carries when the edge is the default one (no `next`). */
    public static final String DEFAULT_EDGE = "default-next";

    private ChangeLevels() {
    }

    public static Level level(ElementKind element, ChangeKind change, Optional<String> field,
                              Optional<String> before, Optional<String> after) {
        String f = field.orElse("");
        // the default edge to the following step comes and goes with every inserted step: bookkeeping
        if (element == ElementKind.FLOW && f.equals(DEFAULT_EDGE)) return Level.INFO;
        switch (change) {
            case REMOVED:
                return REMOVAL_BREAKS.contains(element) ? Level.BREAKING : Level.NOTABLE;
            case ADDED:
                // a new metric or a new default flow edge adds data, it does not change a decision
                if (element == ElementKind.METRIC) return Level.INFO;
                return Level.NOTABLE;
            case RENAMED:
            case MOVED:
                return Level.NOTABLE;
            default:
                break;
        }
        if (f.equals("owner")) {
            if (before.isPresent() && after.isEmpty()) return Level.BREAKING;
            return before.isEmpty() ? Level.INFO : Level.NOTABLE;
        }
        if (f.equals("review-status")) {
            if (after.isPresent() && UNREVIEWED.contains(after.get())) return Level.BREAKING;
            return Level.INFO;
        }
        if (element == ElementKind.OPPORTUNITY && f.equals("status") && after.filter(OpportunityStatus.DROPPED.word()::equals).isPresent()) {
            return Level.BREAKING;
        }
        if (INFO_FIELDS.contains(f) || f.startsWith("x-")) return Level.INFO;
        return Level.NOTABLE;
    }
}
