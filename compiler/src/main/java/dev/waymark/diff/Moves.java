package dev.waymark.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which elements changed place in an ordered list. The longest common subsequence of the old
 * and new order stays put; everything outside it moved. So moving one step to the front is
 * one move, not a shift of every step after it.
 */
final class Moves {
    private Moves() {
    }

    /** The ids (present in both lists, same set) that are not part of the longest common subsequence. */
    static Set<String> moved(List<String> oldOrder, List<String> newOrder) {
        int n = oldOrder.size();
        int m = newOrder.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = oldOrder.get(i).equals(newOrder.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (oldOrder.get(i).equals(newOrder.get(j))) {
                kept.add(newOrder.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return newOrder.stream().filter(id -> !kept.contains(id)).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
