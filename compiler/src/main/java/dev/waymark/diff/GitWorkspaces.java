package dev.waymark.diff;

import dev.waymark.InputException;
import dev.waymark.config.Sources;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace as it was at a git revision, read with JGit: every `*.journey` blob of the
 * revision's tree (outside hidden folders, `target` and `node_modules`, like a folder
 * walk), with repository-relative `/` paths. Also the working tree, for "against what I
 * have now". Nothing is checked out and the repository is never written.
 */
public final class GitWorkspaces {
    private GitWorkspaces() {
    }

    /** The workspace at {@code revision} (a branch, tag, commit id, `HEAD~1`, `origin/main`...) of the repository around {@code dir}. */
    public static Workspace read(Path dir, String revision) throws InputException {
        return read(dir, revision, List.of());
    }

    /**
     * Like {@link #read(Path, String)}, but only the files under {@code paths} (files or
     * folders of the working tree, relative ones resolved against {@code dir}; empty: all).
     */
    public static Workspace read(Path dir, String revision, List<Path> paths) throws InputException {
        try (Repository repo = open(dir)) {
            List<String> prefixes = prefixes(repo, dir, paths);
            ObjectId commitId = resolve(repo, revision);
            List<ParseResult> files = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
                RevCommit commit = walk.parseCommit(commitId);
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                tree.setFilter(PathSuffixFilter.create(".journey"));
                while (tree.next()) {
                    String path = tree.getPathString();
                    if (skipped(path) || !under(path, prefixes)) continue;
                    files.add(SourceParser.parse(path, repo.open(tree.getObjectId(0)).getBytes()));
                }
            }
            return DiffSources.requireParsed(new Workspace(files), "revision " + revision);
        } catch (IOException e) {
            throw new InputException("cannot read revision " + revision + ": " + e.getMessage(), e);
        }
    }

    /** The working tree of the repository around {@code dir}, uncommitted edits included. */
    public static Workspace workingTree(Path dir) throws InputException {
        return workingTree(dir, List.of());
    }

    /** The working tree, only under {@code paths} (empty: all), with the same repository-relative names as a revision. */
    public static Workspace workingTree(Path dir, List<Path> paths) throws InputException {
        Path root;
        List<String> prefixes;
        try (Repository repo = open(dir)) {
            if (repo.isBare()) throw new InputException("the repository at " + repo.getDirectory() + " has no working tree; name a HEAD revision");
            root = repo.getWorkTree().toPath();
            prefixes = prefixes(repo, dir, paths);
        }
        List<Path> roots = prefixes.isEmpty() ? List.of(root) : prefixes.stream().map(root::resolve).toList();
        return DiffSources.load(roots, root, "the working tree");
    }

    /** Repository-relative `/` prefixes of the given paths; a path outside the working tree is an input error. */
    private static List<String> prefixes(Repository repo, Path dir, List<Path> paths) throws InputException {
        if (paths.isEmpty()) return List.of();
        if (repo.isBare()) throw new InputException("paths cannot be used with a repository without a working tree");
        Path root = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        List<String> prefixes = new ArrayList<>();
        for (Path p : paths) {
            Path abs = dir.toAbsolutePath().resolve(p).normalize();
            if (!abs.startsWith(root)) throw new InputException(p + " is outside the git repository at " + root);
            prefixes.add(root.relativize(abs).toString().replace('\\', '/'));
        }
        return prefixes;
    }

    private static boolean under(String path, List<String> prefixes) {
        if (prefixes.isEmpty()) return true;
        for (String p : prefixes) {
            if (p.isEmpty() || path.equals(p) || path.startsWith(p + "/")) return true;
        }
        return false;
    }

    private static Repository open(Path dir) throws InputException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) throw new InputException("not in a git repository: " + dir.toAbsolutePath());
        try {
            return builder.setMustExist(true).build();
        } catch (IOException e) {
            throw new InputException("cannot open the git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
        }
    }

    private static ObjectId resolve(Repository repo, String revision) throws InputException {
        ObjectId id;
        try {
            id = repo.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException | IOException e) {
            // AmbiguousObjectException and IncorrectObjectTypeException are IOExceptions too
            throw new InputException("'" + revision + "' is not a revision of this repository: " + e.getMessage(), e);
        }
        if (id != null) return id;
        if (new File(repo.getDirectory(), "shallow").isFile()) {
            throw new InputException("revision '" + revision + "' is not in this shallow clone: fetch the history first "
                    + "(`git fetch --unshallow`, or `fetch-depth: 0` with actions/checkout)");
        }
        throw new InputException("unknown revision '" + revision + "': no commit, branch or tag of that name in "
                + repo.getDirectory() + " (a remote branch must be fetched first)");
    }

    /** Hidden folders, build output and dependencies: the same folders a folder walk skips. */
    static boolean skipped(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (Sources.skippedFolder(parts[i])) return true;
        }
        return false;
    }
}
