package dev.waymark.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A closed set of words a map may write (a lane, an opportunity status, a pain severity): an
 * enum whose constants spell themselves as written. Reading a word gives a {@link Word}, known
 * or not, so consumers switch over constants and `invalid-value` still has the bad word's span.
 */
public interface Vocabulary {

    /** The word as a map writes it (`in-progress`). */
    String word();

    static <E extends Enum<E> & Vocabulary> Word<E> read(Class<E> type, Located<String> written) {
        Optional<E> known = parse(type, written.value());
        return known.<Word<E>>map(e -> new Word.Known<>(e, written.span()))
                .orElseGet(() -> new Word.Unknown<>(written.value(), written.span(), words(type)));
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String text) {
        return Optional.ofNullable(type.cast(VocabularyTable.of(type).constant(text)));
    }

    static <E extends Enum<E> & Vocabulary> List<String> words(Class<E> type) {
        return VocabularyTable.of(type).words();
    }

    /** How a constant is written in a map: `IN_PROGRESS` as `in-progress`. */
    static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
