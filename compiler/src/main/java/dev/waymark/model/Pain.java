package dev.waymark.model;

import java.util.Objects;
import java.util.Optional;

/** A pain point: an optional id (so opportunities can address it), its text, severity and category. */
public final class Pain extends Spanned {
    private final Located<String> id;
    private final String text;
    private final Located<String> severity;
    private final String category;

    public Pain(Optional<Located<String>> id, String text, Optional<Located<String>> severity, Optional<String> category, SourceSpan span) {
        super(span);
        this.id = id.orElse(null);
        this.text = text;
        this.severity = severity.orElse(null);
        this.category = category.orElse(null);
    }

    public Optional<Located<String>> id() {
        return Optional.ofNullable(id);
    }

    public String text() {
        return text;
    }

    public Optional<Located<String>> severity() {
        return Optional.ofNullable(severity);
    }

    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    public static final java.util.List<String> SEVERITIES = Vocabulary.words(PainSeverity.class);

    public Optional<Word<PainSeverity>> severityWord() {
        return severity().map(s -> Vocabulary.read(PainSeverity.class, s));
    }

    /** The severity, when one is written and is a severity. */
    public Optional<PainSeverity> severityKind() {
        return severityWord().flatMap(Word::known);
    }

    /** The severity a pain counts with (colour, bars, the heatmap): its own when it is one of the four, else medium. */
    public PainSeverity severityOrMedium() {
        return severityKind().orElse(PainSeverity.MEDIUM);
    }

    public Optional<String> severityName() {
        return severity().map(Located::value);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Pain x
                && Objects.equals(id, x.id)
                && Objects.equals(text, x.text)
                && Objects.equals(severity, x.severity)
                && Objects.equals(category, x.category)
                && sameSpan(x);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, severity, category) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return "Pain[id=" + id() + ", text=" + text() + ", severity=" + severity() + ", category=" + category() + ", span=" + span() + "]";
    }
}
