package dev.waymark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A step of the journey: a touchpoint, with what the customer does, feels and thinks there.
 * `expands` names the journey that details this step one level down (a journey hierarchy).
 * Absent values are held as nulls behind accessors that return Optional (see {@link Spanned}).
 */
public final class Step extends Spanned implements Element {
    private final String id;
    private final String title;
    private final String description;
    private final Object personas;
    private final String channel;
    private final Located<String> touchpoint;
    private final Located<String> lane;
    private final Located<String> owner;
    private final Emotion emotion;
    private final Object thoughts;
    private final Object pains;
    private final Object momentsOfTruth;
    private final Score importance;
    private final Score performance;
    private final Object metrics;
    private final Object evidence;
    private final Object next;
    private final Dropoff dropoff;
    private final Located<String> expands;
    private final Object extras;
    private final SourceSpan idSpan;

    public Step(String id, Optional<String> title, Optional<String> description,
                List<Reference> personas, Optional<String> channel, Optional<Located<String>> touchpoint,
                Optional<Located<String>> lane, Optional<Located<String>> owner, Optional<Emotion> emotion,
                List<Located<String>> thoughts, List<Pain> pains, List<Located<String>> momentsOfTruth,
                Optional<Score> importance, Optional<Score> performance, List<Metric> metrics,
                List<Located<String>> evidence, List<NextTarget> next, Optional<Dropoff> dropoff, Optional<Located<String>> expands,
                List<ExtraProperty> extras, SourceSpan span, SourceSpan idSpan) {
        super(span);
        this.id = id;
        this.title = title.orElse(null);
        this.description = description.orElse(null);
        this.personas = pack(personas);
        this.channel = channel.orElse(null);
        this.touchpoint = touchpoint.orElse(null);
        this.lane = lane.orElse(null);
        this.owner = owner.orElse(null);
        this.emotion = emotion.orElse(null);
        this.thoughts = pack(thoughts);
        this.pains = pack(pains);
        this.momentsOfTruth = pack(momentsOfTruth);
        this.importance = importance.orElse(null);
        this.performance = performance.orElse(null);
        this.metrics = pack(metrics);
        this.evidence = pack(evidence);
        this.next = pack(next);
        this.dropoff = dropoff.orElse(null);
        this.expands = expands.orElse(null);
        this.extras = pack(extras);
        this.idSpan = idSpan;
    }

    public String id() {
        return id;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public List<Reference> personas() {
        return unpack(personas);
    }

    public Optional<String> channel() {
        return Optional.ofNullable(channel);
    }

    public Optional<Located<String>> touchpoint() {
        return Optional.ofNullable(touchpoint);
    }

    public Optional<Located<String>> lane() {
        return Optional.ofNullable(lane);
    }

    public Optional<Located<String>> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<Emotion> emotion() {
        return Optional.ofNullable(emotion);
    }

    public List<Located<String>> thoughts() {
        return unpack(thoughts);
    }

    public List<Pain> pains() {
        return unpack(pains);
    }

    public List<Located<String>> momentsOfTruth() {
        return unpack(momentsOfTruth);
    }

    public Optional<Score> importance() {
        return Optional.ofNullable(importance);
    }

    public Optional<Score> performance() {
        return Optional.ofNullable(performance);
    }

    public List<Metric> metrics() {
        return unpack(metrics);
    }

    public List<Located<String>> evidence() {
        return unpack(evidence);
    }

    public List<NextTarget> next() {
        return unpack(next);
    }

    public Optional<Dropoff> dropoff() {
        return Optional.ofNullable(dropoff);
    }

    public Optional<Located<String>> expands() {
        return Optional.ofNullable(expands);
    }

    public List<ExtraProperty> extras() {
        return unpack(extras);
    }

    public SourceSpan idSpan() {
        return idSpan;
    }

    public static final List<String> TOUCHPOINTS = Vocabulary.words(Touchpoint.class);
    public static final List<String> LANES = Vocabulary.words(Lane.class);

    @Override
    public String kind() {
        return "step";
    }

    public String displayTitle() {
        return title != null ? title : id;
    }

    /** The service-blueprint lane as written; a step without `lane` is the customer's own action. */
    public String laneName() {
        return lane != null ? lane.value() : Lane.CUSTOMER.word();
    }

    /** True when the step is in this lane (a step without `lane` is in the customer's; an unknown word in none). */
    public boolean inLane(Lane l) {
        return laneKind().filter(k -> k == l).isPresent();
    }

    public Optional<Word<Lane>> laneWord() {
        return lane().map(l -> Vocabulary.read(Lane.class, l));
    }

    /** The lane: customer when none is written, empty when the word is not a lane (`invalid-value` says so). */
    public Optional<Lane> laneKind() {
        return lane == null ? Optional.of(Lane.CUSTOMER) : laneWord().flatMap(Word::known);
    }

    public Optional<Word<Touchpoint>> touchpointWord() {
        return touchpoint().map(t -> Vocabulary.read(Touchpoint.class, t));
    }

    /**
     * A list of one (a step's only thought, pain or metric: most of them) is held as its element:
     * 60,000 steps held 300,000 one-element lists (7 MB). Given out as a list again when asked for.
     */
    private static Object pack(List<?> list) {
        return list.size() == 1 ? list.get(0) : list;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> unpack(Object held) {
        return held instanceof List<?> list ? (List<T>) list : List.of((T) held);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Step x
                && Objects.equals(id, x.id)
                && Objects.equals(title, x.title)
                && Objects.equals(description, x.description)
                && Objects.equals(personas, x.personas)
                && Objects.equals(channel, x.channel)
                && Objects.equals(touchpoint, x.touchpoint)
                && Objects.equals(lane, x.lane)
                && Objects.equals(owner, x.owner)
                && Objects.equals(emotion, x.emotion)
                && Objects.equals(thoughts, x.thoughts)
                && Objects.equals(pains, x.pains)
                && Objects.equals(momentsOfTruth, x.momentsOfTruth)
                && Objects.equals(importance, x.importance)
                && Objects.equals(performance, x.performance)
                && Objects.equals(metrics, x.metrics)
                && Objects.equals(evidence, x.evidence)
                && Objects.equals(next, x.next)
                && Objects.equals(dropoff, x.dropoff)
                && Objects.equals(expands, x.expands)
                && Objects.equals(extras, x.extras)
                && Objects.equals(idSpan, x.idSpan) && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id, title, description, personas, channel, touchpoint, lane,
                owner, emotion, thoughts, pains, momentsOfTruth, importance, performance,
                metrics, evidence, next, dropoff, expands, extras, idSpan) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "Step[id=" + id()
                + ", title=" + title()
                + ", description=" + description()
                + ", personas=" + personas()
                + ", channel=" + channel()
                + ", touchpoint=" + touchpoint()
                + ", lane=" + lane()
                + ", owner=" + owner()
                + ", emotion=" + emotion()
                + ", thoughts=" + thoughts()
                + ", pains=" + pains()
                + ", momentsOfTruth=" + momentsOfTruth()
                + ", importance=" + importance()
                + ", performance=" + performance()
                + ", metrics=" + metrics()
                + ", evidence=" + evidence()
                + ", next=" + next()
                + ", dropoff=" + dropoff()
                + ", expands=" + expands()
                + ", extras=" + extras()
                + ", idSpan=" + idSpan()
                + ", span=" + span() + "]";
    }
}
