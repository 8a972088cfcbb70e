package dev.waymark.resolve;

import dev.waymark.model.Journey;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Persona;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.model.Team;

import java.util.Locale;
import java.util.Optional;

/**
 * What a reference names, bound once by the {@link Binder}: a step, stage, pain, opportunity,
 * persona or team, or {@link Unresolved} with the sentence and the did-you-mean that say why.
 * Every later stage switches over this type instead of resolving names again.
 */
public sealed interface Target {

    /** A name bound to what it names. */
    sealed interface Resolved extends Target permits InJourney, JourneyTarget, PersonaTarget, TeamTarget {
        Kind kind();
    }

    /** The kinds of things a map names; `label()` is the word diagnostics use. */
    enum Kind {
        JOURNEY, STAGE, STEP, PAIN, OPPORTUNITY, PERSONA, TEAM;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An element inside a journey: what `addresses` and `next` name (one namespace per journey). */
    sealed interface InJourney extends Resolved permits StageTarget, StepTarget, PainTarget, OpportunityTarget {
        Journey journey();

        String id();

        /** What a reader calls it: a title, or the pain's text. */
        String title();

        /** Where its id is written: what "go to definition" jumps to. */
        SourceSpan idSpan();
    }

    record StageTarget(Journey journey, Stage stage) implements InJourney {
        public Kind kind() {
            return Kind.STAGE;
        }

        public String id() {
            return stage.id();
        }

        public String title() {
            return stage.displayTitle();
        }

        public SourceSpan idSpan() {
            return stage.idSpan();
        }
    }

    record StepTarget(Journey journey, Stage stage, Step step) implements InJourney {
        public Kind kind() {
            return Kind.STEP;
        }

        public String id() {
            return step.id();
        }

        public String title() {
            return step.displayTitle();
        }

        public SourceSpan idSpan() {
            return step.idSpan();
        }
    }

    /** A pain with an id, and the step and stage it sits in (addressing those addresses it too). */
    record PainTarget(Journey journey, Stage stage, Step step, Pain pain) implements InJourney {
        public Kind kind() {
            return Kind.PAIN;
        }

        public String id() {
            return pain.id().orElseThrow().value();
        }

        public String title() {
            return pain.text();
        }

        public SourceSpan idSpan() {
            return pain.id().orElseThrow().span();
        }
    }

    record OpportunityTarget(Journey journey, Opportunity opportunity) implements InJourney {
        public Kind kind() {
            return Kind.OPPORTUNITY;
        }

        public String id() {
            return opportunity.id();
        }

        public String title() {
            return opportunity.displayTitle();
        }

        public SourceSpan idSpan() {
            return opportunity.idSpan();
        }
    }

    /** The journey a step `expands`: the more detailed map of that step. */
    record JourneyTarget(Journey journey) implements Resolved {
        public Kind kind() {
            return Kind.JOURNEY;
        }
    }

    record PersonaTarget(Persona persona) implements Resolved {
        public Kind kind() {
            return Kind.PERSONA;
        }
    }

    record TeamTarget(Team team) implements Resolved {
        public Kind kind() {
            return Kind.TEAM;
        }
    }

    /**
     * A name that points nowhere, or at the wrong kind of thing: `message` is the whole cause
     * (`no pain, stage or step `chekout` in this journey`), `suggestion` the closest name that
     * would fit, `help` a fallback when nothing is close (how to declare it), `corrected` the
     * whole reference with the suggestion applied (`checkout.pay` for `chekout.pay`): the quick fix.
     */
    record Unresolved(String written, SourceSpan span, String message, Optional<String> suggestion,
                      Optional<String> help, Optional<String> corrected) implements Target {

        /** `did you mean `x`?`, else the fallback help. */
        public Optional<String> hint() {
            return suggestion.map(s -> "did you mean `" + s + "`?").or(() -> help);
        }
    }
}
