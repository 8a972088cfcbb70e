package dev.waymark.diff;

import dev.waymark.InputException;
import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import dev.waymark.syntax.ParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two sides of a diff from files or folders, refused when a file does not parse. A file
 * with syntax errors yields a partial tree, and diffing it would report everything after the
 * error as removed: a wrong diff is worse than none, so the diff stops (exit 2) and names
 * the errors; `waymark check` shows them in full.
 */
public final class DiffSources {
    private static final int SHOWN = 5;

    private DiffSources() {
    }

    /** The workspace of these files or folders (folders are searched for `*.journey`). */
    public static Workspace load(List<Path> roots, Path workingDir, String side) throws InputException {
        return requireParsed(WorkspaceLoader.load(roots, workingDir), side);
    }

    /** {@code workspace} itself, or an {@link InputException} naming the first syntax errors of {@code side}. */
    public static Workspace requireParsed(Workspace workspace, String side) throws InputException {
        List<Diagnostic> errors = new ArrayList<>();
        for (ParseResult r : workspace.files()) errors.addAll(r.diagnostics());
        if (errors.isEmpty()) return workspace;
        errors.sort(Diagnostic.ORDER);
        StringBuilder message = new StringBuilder("cannot diff: " + side + " has syntax errors (run `waymark check` on it)");
        for (Diagnostic d : errors.subList(0, Math.min(SHOWN, errors.size()))) {
            message.append("\n  ").append(d.span().file()).append(':').append(d.span().line()).append(':')
                    .append(d.span().column()).append(": ").append(d.message());
        }
        if (errors.size() > SHOWN) message.append("\n  ... and ").append(errors.size() - SHOWN).append(" more");
        throw new InputException(message.toString());
    }
}
