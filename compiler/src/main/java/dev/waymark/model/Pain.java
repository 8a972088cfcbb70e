package dev.waymark.model;

import java.util.Optional;

/** A pain point: an optional id (so opportunities can address it), its text, severity and category. */
public record Pain(Optional<Located<String>> id, String text, Optional<Located<String>> severity,
                   Optional<String> category, SourceSpan span) {

    public static final java.util.List<String> SEVERITIES = Vocabulary.words(PainSeverity.class);

    public Optional<Word<PainSeverity>> severityWord() {
        return severity.map(s -> Vocabulary.read(PainSeverity.class, s));
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
        return severity.map(Located::value);
    }
}
