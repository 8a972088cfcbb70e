package dev.waymark.history;

import dev.waymark.check.ChangeHistory;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link ChangeHistory} read from git with JGit, so no `git` program is needed.
 *
 * <p>History is walked once, on the first question, for every `.journey` file at the same
 * time: one RevWalk over the commits reachable from HEAD that changed such a file (merges
 * left out: their changes are those of the commits they bring in). Each commit is dated by
 * its committer date in UTC, the day it reached the branch. The lines a commit touched are
 * carried into the current text by diffing that commit's version against it, and only for the
 * commits after the date asked about. Uncommitted changes (working tree against HEAD) are
 * dated {@code today}. Files are followed by path; a renamed map's older history is not seen.
 */
public final class GitChangeHistory implements ChangeHistory, AutoCloseable {
    private static final String WORKING_TREE = "working tree";
    private static final String SHALLOW = "this is a shallow git clone, so the commits since each review date cannot be seen;"
            + " fetch the full history with `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`)";

    private final Optional<GitRepository> git;
    private final Optional<String> unavailable;
    private boolean outside;
    private final Path workingDir;
    private final LocalDate today;
    private Map<String, List<FileChange>> byPath;
    private Map<String, ObjectId> atHead;

    private GitChangeHistory(Optional<GitRepository> git, Optional<String> unavailable, Path workingDir, LocalDate today) {
        this.git = git;
        this.unavailable = unavailable;
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.today = today;
    }

    /**
     * The history of the repository containing {@code workingDir}. Never throws: a folder
     * outside any repository, a shallow clone or an unreadable repository gives a history
     * whose {@link #unavailableReason()} says why and what to do.
     */
    public static GitChangeHistory open(Path workingDir, LocalDate today) {
        try {
            Optional<GitLocation> where = GitLocation.find(workingDir);
            if (where.isEmpty()) {
                GitChangeHistory none = unavailable(workingDir, today, notInRepository(workingDir));
                none.outside = true;
                return none;
            }
            GitRepository repo = GitRepository.open(where.get());
            if (repo.shallow()) {
                repo.close();
                return unavailable(workingDir, today, SHALLOW);
            }
            return new GitChangeHistory(Optional.of(repo), Optional.empty(), workingDir, today);
        } catch (IOException | RuntimeException e) {
            return unavailable(workingDir, today, "the git repository could not be read (" + e.getMessage() + ")");
        }
    }

    private static String notInRepository(Path workingDir) {
        return workingDir.toAbsolutePath().normalize()
                + " is not inside a git repository; run the check in a git working copy to compare changes with review dates";
    }

    private static GitChangeHistory unavailable(Path workingDir, LocalDate today, String why) {
        return new GitChangeHistory(Optional.empty(), Optional.of(why), workingDir, today);
    }

    @Override
    public boolean outsideVersionControl() {
        return outside;
    }

    @Override
    public Optional<String> unavailableReason() {
        return unavailable;
    }

    @Override
    public synchronized List<Change> changesAfter(String file, LocalDate date) {
        if (git.isEmpty()) return List.of();
        GitRepository repo = git.get();
        Path absolute = workingDir.resolve(file).normalize();
        if (!absolute.startsWith(repo.workTree()) || !Files.isRegularFile(absolute)) return List.of();
        String repoPath = repo.workTree().relativize(absolute).toString().replace('\\', '/');
        try {
            if (byPath == null) {
                byPath = walk(repo);
                atHead = journeysAtHead(repo);
            }
            List<FileChange> after = byPath.getOrDefault(repoPath, List.of()).stream().filter(c -> c.date().isAfter(date)).toList();
            ObjectId committed = atHead.get(repoPath);
            boolean uncommittedCounts = committed != null && today.isAfter(date);
            if (after.isEmpty() && !uncommittedCounts) return List.of(); // untracked, or nothing since: no need to read
            RawText current = new RawText(Files.readAllBytes(absolute));
            List<Change> changes = new ArrayList<>();
            try (ObjectReader reader = repo.repository().newObjectReader()) {
                for (FileChange c : after) {
                    TreeSet<Integer> lines = linesInCurrent(reader, c, current);
                    if (!lines.isEmpty()) changes.add(change(c, lines));
                }
                if (uncommittedCounts) {
                    TreeSet<Integer> lines = LineMapping.touched(LineMapping.diff(text(reader, committed), current), current.size());
                    if (!lines.isEmpty()) {
                        changes.add(change(new FileChange(WORKING_TREE, today, "", "uncommitted changes", committed, committed), lines));
                    }
                }
            }
            return List.copyOf(changes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read git history of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The one walk: every non-merge commit reachable from HEAD that changed a `.journey` file. */
    private static Map<String, List<FileChange>> walk(GitRepository repo) throws IOException {
        Map<String, List<FileChange>> found = new HashMap<>();
        if (repo.head().isEmpty()) return found;
        TreeFilter journeys = PathSuffixFilter.create(".journey");
        try (RevWalk walk = new RevWalk(repo.repository());
             DiffFormatter diffs = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diffs.setRepository(repo.repository());
            diffs.setPathFilter(journeys);
            walk.setTreeFilter(AndTreeFilter.create(journeys, TreeFilter.ANY_DIFF));
            walk.setRevFilter(RevFilter.NO_MERGES);
            walk.markStart(walk.parseCommit(repo.head().get()));
            ObjectReader reader = walk.getObjectReader();
            for (RevCommit commit : walk) {
                AbstractTreeIterator before = commit.getParentCount() == 0 ? new EmptyTreeIterator()
                        : new CanonicalTreeParser(null, reader, walk.parseCommit(commit.getParent(0)).getTree());
                AbstractTreeIterator after = new CanonicalTreeParser(null, reader, commit.getTree());
                for (DiffEntry entry : diffs.scan(before, after)) {
                    // the commit that adds a map is its first version, not a change after its review
                    if (entry.getChangeType() == DiffEntry.ChangeType.DELETE || entry.getChangeType() == DiffEntry.ChangeType.ADD) continue;
                    LocalDate date = Instant.ofEpochSecond(commit.getCommitTime()).atOffset(ZoneOffset.UTC).toLocalDate();
                    found.computeIfAbsent(entry.getNewPath(), k -> new ArrayList<>()).add(new FileChange(
                            commit.abbreviate(7).name(), date, commit.getAuthorIdent().getName(), commit.getShortMessage(),
                            entry.getOldId().toObjectId(), entry.getNewId().toObjectId()));
                }
            }
        }
        return found;
    }

    /** The lines of the current text that a commit's change to the file still stands on. */
    private static TreeSet<Integer> linesInCurrent(ObjectReader reader, FileChange c, RawText current) throws IOException {
        RawText before = text(reader, c.before());
        RawText after = text(reader, c.after());
        TreeSet<Integer> touched = LineMapping.touched(LineMapping.diff(before, after), after.size());
        return LineMapping.carry(touched, LineMapping.diff(after, current), current.size());
    }

    /** Every `.journey` file in HEAD's tree with its blob: what uncommitted edits are measured against. */
    private static Map<String, ObjectId> journeysAtHead(GitRepository repo) throws IOException {
        Map<String, ObjectId> found = new HashMap<>();
        if (repo.head().isEmpty()) return found;
        try (RevWalk walk = new RevWalk(repo.repository()); TreeWalk tree = new TreeWalk(repo.repository())) {
            tree.addTree(walk.parseCommit(repo.head().get()).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathSuffixFilter.create(".journey"));
            while (tree.next()) found.put(tree.getPathString(), tree.getObjectId(0));
        }
        return found;
    }

    private static RawText text(ObjectReader reader, ObjectId blob) throws IOException {
        return ObjectId.zeroId().equals(blob) ? RawText.EMPTY_TEXT : new RawText(reader.open(blob).getCachedBytes(Integer.MAX_VALUE));
    }

    private static Change change(FileChange c, TreeSet<Integer> zeroBased) {
        return new Change(c.commit(), c.date(), c.author(), c.summary(), zeroBased.stream().map(l -> l + 1).toList());
    }

    @Override
    public void close() {
        git.ifPresent(GitRepository::close);
    }
}
