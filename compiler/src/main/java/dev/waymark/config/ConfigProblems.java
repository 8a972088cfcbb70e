package dev.waymark.config;

import dev.waymark.InputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one waymark.yaml, gathered so that one run reports them all (in file order)
 * instead of one per run; a part with a problem keeps its default while the rest is read.
 */
final class ConfigProblems {
    private final List<InputException> problems = new ArrayList<>();

    void add(InputException problem) {
        problems.add(problem);
    }

    /** Runs one part of the reading; a problem in it is kept and the part gives its fallback. */
    <T> T part(T fallback, Part<T> read) {
        try {
            return read.get();
        } catch (InputException e) {
            problems.add(e);
            return fallback;
        }
    }

    @FunctionalInterface
    interface Part<T> {
        T get() throws InputException;
    }

    /** Throws one exception naming every problem of the file {@code shown}, if there is any. */
    void failIfAny(String shown) throws InputException {
        if (problems.isEmpty()) return;
        if (problems.size() == 1) throw problems.get(0);
        List<InputException> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((InputException p) -> position(shown, p, 1)).thenComparingInt(p -> position(shown, p, 2)));
        StringBuilder all = new StringBuilder(shown + " has " + sorted.size() + " problems:");
        for (InputException p : sorted) all.append('\n').append(p.getMessage());
        throw new InputException(all.toString());
    }

    /** Line (part 1) or column (part 2) of a problem's "file:line:col: " prefix; 0 when it has none. */
    private static int position(String shown, InputException p, int part) {
        String message = p.getMessage();
        if (!message.startsWith(shown)) return 0;
        String[] parts = message.substring(shown.length()).split(":", 4);
        try {
            return parts.length > part ? Integer.parseInt(parts[part].strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
