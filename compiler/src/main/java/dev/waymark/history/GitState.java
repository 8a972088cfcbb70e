package dev.waymark.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the git history of a folder depends on, read from git's files without JGit: loading
 * and opening a repository with JGit takes about half a second, this a millisecond. Build
 * caches (the Maven plugin's up-to-date check) key on it. Kept apart from
 * {@link GitChangeHistory} so that asking does not even load JGit's classes.
 */
public final class GitState {
    private GitState() {
    }

    /** The ref and commit checked out and whether the clone is shallow; or that there is no repository. */
    public static String of(Path workingDir) {
        try {
            Optional<GitLocation> where = GitLocation.find(workingDir);
            return where.isEmpty() ? "not in a git repository" : where.get().headState();
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
