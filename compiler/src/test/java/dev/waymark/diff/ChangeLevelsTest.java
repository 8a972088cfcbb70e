package dev.waymark.diff;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of docs/diff.md, one line each. */
class ChangeLevelsTest {

    private static Level level(ElementKind e, ChangeKind c, String field, String before, String after) {
        return ChangeLevels.level(e, c, Optional.ofNullable(field), Optional.ofNullable(before), Optional.ofNullable(after));
    }

    @Test
    void removalsOfMapElementsBreakRemovalsOfDetailsAreNotable() {
        for (ElementKind e : new ElementKind[] {ElementKind.JOURNEY, ElementKind.STAGE, ElementKind.STEP,
                ElementKind.OPPORTUNITY, ElementKind.PERSONA, ElementKind.TEAM}) {
            assertThat(level(e, ChangeKind.REMOVED, null, null, null)).as(e.label()).isEqualTo(Level.BREAKING);
        }
        assertThat(level(ElementKind.PAIN, ChangeKind.REMOVED, null, null, null)).isEqualTo(Level.NOTABLE);
        assertThat(level(ElementKind.METRIC, ChangeKind.REMOVED, null, "31%", null)).isEqualTo(Level.NOTABLE);
        assertThat(level(ElementKind.FLOW, ChangeKind.REMOVED, "next", null, null)).isEqualTo(Level.NOTABLE);
        assertThat(level(ElementKind.FLOW, ChangeKind.REMOVED, ChangeLevels.DEFAULT_EDGE, null, null)).isEqualTo(Level.INFO);
    }

    @Test
    void ownersBreakWhenRemovedAreNotableWhenChangedAndInfoWhenAdded() {
        assertThat(level(ElementKind.STEP, ChangeKind.CHANGED, "owner", "@a", null)).isEqualTo(Level.BREAKING);
        assertThat(level(ElementKind.STEP, ChangeKind.CHANGED, "owner", "@a", "@b")).isEqualTo(Level.NOTABLE);
        assertThat(level(ElementKind.STEP, ChangeKind.CHANGED, "owner", null, "@b")).isEqualTo(Level.INFO);
    }

    @Test
    void reviewStatusBreaksOnlyWhenItBecomesStaleOrMissing() {
        assertThat(level(ElementKind.JOURNEY, ChangeKind.CHANGED, "review-status", "current", "stale")).isEqualTo(Level.BREAKING);
        assertThat(level(ElementKind.JOURNEY, ChangeKind.CHANGED, "review-status", "due-soon", "missing")).isEqualTo(Level.BREAKING);
        assertThat(level(ElementKind.JOURNEY, ChangeKind.CHANGED, "review-status", "stale", "current")).isEqualTo(Level.INFO);
        assertThat(level(ElementKind.JOURNEY, ChangeKind.CHANGED, "reviewed", "2026-01-01", "2026-10-01")).isEqualTo(Level.INFO);
    }

    @Test
    void droppingAnOpportunityBreaksOtherStatusChangesAreNotable() {
        assertThat(level(ElementKind.OPPORTUNITY, ChangeKind.CHANGED, "status", "planned", "dropped")).isEqualTo(Level.BREAKING);
        assertThat(level(ElementKind.OPPORTUNITY, ChangeKind.CHANGED, "status", "planned", "done")).isEqualTo(Level.NOTABLE);
    }

    @Test
    void wordingAndMetadataAreInfoTheRestNotable() {
        assertThat(level(ElementKind.STEP, ChangeKind.CHANGED, "title", "a", "b")).isEqualTo(Level.INFO);
        assertThat(level(ElementKind.STEP, ChangeKind.CHANGED, "x-jira", "A-1", "A-2")).isEqualTo(Level.INFO);
        assertThat(level(ElementKind.STEP, ChangeKind.CHANGED, "emotion", "-2", "+1")).isEqualTo(Level.NOTABLE);
        assertThat(level(ElementKind.STEP, ChangeKind.MOVED, "stage", "a", "b")).isEqualTo(Level.NOTABLE);
        assertThat(level(ElementKind.STEP, ChangeKind.RENAMED, "id", "a", "b")).isEqualTo(Level.NOTABLE);
        assertThat(level(ElementKind.METRIC, ChangeKind.ADDED, null, null, "40")).isEqualTo(Level.INFO);
    }
}
