package dev.waymark.history;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import java.util.TreeSet;

/**
 * Line arithmetic over diffs: which lines of a new version an edit touched, and where a line
 * of an old version stands in the current text. Trailing white space (and so CR/LF) is ignored.
 */
final class LineMapping {
    private static final DiffAlgorithm ALGORITHM = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
    private static final RawTextComparator COMPARATOR = RawTextComparator.WS_IGNORE_TRAILING;

    private LineMapping() {
    }

    static EditList diff(RawText a, RawText b) {
        return ALGORITHM.diff(COMPARATOR, a, b);
    }

    /**
     * The 0-based lines of {@code b} the edits touched. A pure deletion touches the lines on
     * both sides of the gap it leaves, so removing a content line next to the review line counts.
     */
    static TreeSet<Integer> touched(EditList edits, int linesInB) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (Edit e : edits) {
            if (e.getEndB() > e.getBeginB()) {
                for (int i = e.getBeginB(); i < e.getEndB(); i++) lines.add(i);
            } else {
                if (e.getBeginB() > 0) lines.add(e.getBeginB() - 1);
                if (e.getBeginB() < linesInB) lines.add(e.getBeginB());
            }
        }
        return lines;
    }

    /**
     * Carries 0-based lines of an old version into the current one through the edits between
     * them. A line that was itself changed since lands on what replaced it: that region still
     * holds content that changed after the date asked about.
     */
    static TreeSet<Integer> carry(TreeSet<Integer> oldLines, EditList toCurrent, int linesInCurrent) {
        TreeSet<Integer> result = new TreeSet<>();
        for (int line : oldLines) {
            int shift = 0;
            Edit hit = null;
            for (Edit e : toCurrent) {
                if (line < e.getBeginA()) break;
                if (line < e.getEndA()) {
                    hit = e;
                    break;
                }
                shift += (e.getEndB() - e.getBeginB()) - (e.getEndA() - e.getBeginA());
            }
            if (hit == null) {
                result.add(line + shift);
            } else {
                result.addAll(touched(EditList.singleton(hit), linesInCurrent));
            }
        }
        result.removeIf(l -> l < 0 || l >= linesInCurrent);
        return result;
    }
}
