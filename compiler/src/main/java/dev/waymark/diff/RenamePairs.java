package dev.waymark.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs elements that disappeared with elements that appeared, so a new id for the same
 * thing reads as one rename instead of a removal and an addition. Two tiers, in this order:
 * <ol>
 *   <li><b>same content</b>: every compared field except the id is equal (the {@code content}
 *   function: the element's {@link FieldSet} plus the ids of its children), whatever the layout;</li>
 *   <li><b>same title</b>: the same non-empty title, and that title belongs to exactly one
 *   of the removed and exactly one of the added elements (a rename with edits; the edits are
 *   then reported as field changes).</li>
 * </ol>
 * Within a tier, candidates pair in document order, so the result is deterministic. Stages
 * have a third tier, by where their steps went ({@code JourneyDiff}).
 */
final class RenamePairs {
    private RenamePairs() {
    }

    /** Old id to new id for each pair found among {@code removed} and {@code added} (same kind). */
    static <T> Map<String, String> pair(List<T> removed, List<T> added, Function<T, String> id,
                                        Function<T, Object> content, Function<T, Optional<String>> title) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<T> freeAdded = new ArrayList<>(added);
        List<T> freeRemoved = new ArrayList<>();
        for (T old : removed) {
            Object key = content.apply(old);
            Optional<T> match = freeAdded.stream().filter(a -> Objects.equals(content.apply(a), key)).findFirst();
            if (match.isPresent()) {
                pairs.put(id.apply(old), id.apply(match.get()));
                freeAdded.remove(match.get());
            } else {
                freeRemoved.add(old);
            }
        }
        for (T old : freeRemoved) {
            Optional<String> t = title.apply(old).filter(s -> !s.isBlank());
            if (t.isEmpty()) continue;
            List<T> sameOld = freeRemoved.stream().filter(o -> title.apply(o).equals(t)).toList();
            List<T> sameNew = freeAdded.stream().filter(a -> title.apply(a).equals(t)).toList();
            if (sameOld.size() == 1 && sameNew.size() == 1) {
                pairs.put(id.apply(old), id.apply(sameNew.get(0)));
                freeAdded.remove(sameNew.get(0));
            }
        }
        return pairs;
    }

    /** Fills {@code ids} with old id to new id: equal ids first, then renames among the rest. */
    static <T> void match(Map<String, T> before, Map<String, T> after, Map<String, String> ids,
                          Function<T, Object> content, Function<T, Optional<String>> title) {
        List<T> removed = new ArrayList<>();
        before.forEach((id, e) -> {
            if (after.containsKey(id)) ids.put(id, id);
            else removed.add(e);
        });
        List<T> added = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        ids.putAll(pair(removed, added, x -> idOf(before, after, x), content, title));
    }

    private static <T> String idOf(Map<String, T> a, Map<String, T> b, T element) {
        for (var e : a.entrySet()) if (e.getValue() == element) return e.getKey();
        for (var e : b.entrySet()) if (e.getValue() == element) return e.getKey();
        throw new IllegalStateException("element without id");
    }

    /** The old id an element of the new side had (its own id, or the one it was renamed from). */
    static Optional<String> oldIdOf(Map<String, String> ids, String newId) {
        for (var e : ids.entrySet()) if (e.getValue().equals(newId)) return Optional.of(e.getKey());
        return Optional.empty();
    }
}
