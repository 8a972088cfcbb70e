package dev.waymark.model;

import java.util.List;
import java.util.Optional;

/**
 * A word of a closed vocabulary as read from a map: {@link Known}, or {@link Unknown} with the
 * text and span as written (what `invalid-value` reports, with a did-you-mean from `allowed`).
 */
public sealed interface Word<E extends Enum<E> & Vocabulary> permits Word.Known, Word.Unknown {

    String raw();

    SourceSpan span();

    default Optional<E> known() {
        return this instanceof Known<E> k ? Optional.of(k.value()) : Optional.empty();
    }

    default boolean is(E value) {
        return this instanceof Known<E> k && k.value() == value;
    }

    record Known<E extends Enum<E> & Vocabulary>(E value, SourceSpan span) implements Word<E> {
        public String raw() {
            return value.word();
        }
    }

    record Unknown<E extends Enum<E> & Vocabulary>(String raw, SourceSpan span, List<String> allowed) implements Word<E> {
    }
}
