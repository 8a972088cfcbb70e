package dev.waymark.history;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The git repository around a folder, with its work tree and the commit checked out there.
 * Linked work trees (`git worktree add`) are opened by hand: their `.git` file points to a
 * folder that holds only HEAD and the index, and JGit 6 does not follow its `commondir`.
 */
record GitRepository(Repository repository, Path workTree, Optional<ObjectId> head) implements AutoCloseable {

    /** The repository containing the folder, or empty when there is none up to the file-system root. */
    static Optional<GitRepository> find(Path folder) throws IOException {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) return Optional.of(open(dotGit, dir, dotGit));
            if (Files.isRegularFile(dotGit)) return Optional.of(openGitFile(dotGit, dir));
        }
        return Optional.empty();
    }

    private static GitRepository openGitFile(Path dotGit, Path workTree) throws IOException {
        String content = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
        if (!content.startsWith("gitdir:")) throw new IOException(dotGit + " does not name a git folder");
        Path gitDir = workTree.resolve(content.substring("gitdir:".length()).trim()).normalize();
        Path commonDirFile = gitDir.resolve("commondir");
        if (!Files.isRegularFile(commonDirFile)) return open(gitDir, workTree, gitDir);
        Path commonDir = gitDir.resolve(Files.readString(commonDirFile, StandardCharsets.UTF_8).trim()).normalize();
        return open(commonDir, workTree, gitDir);
    }

    /** objects and refs live in {@code commonDir}; HEAD and the index in {@code ownDir} (the same for a plain clone). */
    private static GitRepository open(Path commonDir, Path workTree, Path ownDir) throws IOException {
        Repository repo = new FileRepositoryBuilder()
                .setGitDir(commonDir.toFile())
                .setWorkTree(workTree.toFile())
                .setIndexFile(ownDir.resolve("index").toFile())
                .setMustExist(true)
                .build();
        try {
            return new GitRepository(repo, workTree, head(repo, ownDir));
        } catch (IOException | RuntimeException e) {
            repo.close();
            throw e;
        }
    }

    private static Optional<ObjectId> head(Repository repo, Path ownDir) throws IOException {
        Path headFile = ownDir.resolve("HEAD");
        String head = Files.isRegularFile(headFile) ? Files.readString(headFile, StandardCharsets.UTF_8).trim() : "HEAD";
        String name = head.startsWith("ref:") ? head.substring(4).trim() : head;
        return Optional.ofNullable(repo.resolve(name + "^{commit}"));
    }

    boolean shallow() throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    @Override
    public void close() {
        repository.close();
    }
}
