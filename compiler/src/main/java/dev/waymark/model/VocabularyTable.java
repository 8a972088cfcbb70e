package dev.waymark.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one {@link Vocabulary}, built once per enum: a word is read for every step by
 * every rule and rendering, so neither the constants nor their spellings are recomputed per read.
 */
final class VocabularyTable {
    private static final ClassValue<VocabularyTable> TABLES = new ClassValue<>() {
        @Override
        protected VocabularyTable computeValue(Class<?> type) {
            return new VocabularyTable(type);
        }
    };

    private final Map<String, Object> byWord = new HashMap<>();
    private final List<String> words;

    private VocabularyTable(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        for (Object c : constants) byWord.put(((Vocabulary) c).word(), c);
        this.words = Arrays.stream(constants).map(c -> ((Vocabulary) c).word()).toList();
    }

    static VocabularyTable of(Class<?> type) {
        return TABLES.get(type);
    }

    /** The constant spelled `word`, or null. */
    Object constant(String word) {
        return byWord.get(word);
    }

    List<String> words() {
        return words;
    }
}
