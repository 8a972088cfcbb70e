package dev.waymark.diff;

import java.util.List;
import java.util.Optional;

/**
 * The shape of a journey as a diff picture needs it: the new map's stages and steps in order,
 * with the removed ones put back where they used to stand (flagged {@code removed}), so a
 * reader sees both what is there now and what went away.
 */
public record MapOutline(String journey, String title, boolean removed, List<Stage> stages) {
    public MapOutline {
        stages = List.copyOf(stages);
    }

    public record Stage(String id, Optional<String> title, boolean removed, List<Step> steps) {
        public Stage {
            steps = List.copyOf(steps);
        }
    }

    public record Step(String id, Optional<String> title, boolean removed) {
    }
}
