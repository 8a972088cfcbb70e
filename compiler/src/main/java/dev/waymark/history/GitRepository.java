package dev.waymark.history;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A repository opened with JGit, with its work tree and the commit checked out there. Linked
 * work trees are opened from their {@link GitLocation}: JGit 6 does not follow `commondir`.
 */
record GitRepository(Repository repository, Path workTree, Optional<ObjectId> head) implements AutoCloseable {

    static GitRepository open(GitLocation where) throws IOException {
        Repository repo = new FileRepositoryBuilder()
                .setGitDir(where.commonDir().toFile())
                .setWorkTree(where.workTree().toFile())
                .setIndexFile(where.ownDir().resolve("index").toFile())
                .setMustExist(true)
                .build();
        try {
            Optional<String> ref = where.headRef();
            ObjectId head = ref.isEmpty() ? null : repo.resolve(ref.get() + "^{commit}");
            return new GitRepository(repo, where.workTree(), Optional.ofNullable(head));
        } catch (IOException | RuntimeException e) {
            repo.close();
            throw e;
        }
    }

    boolean shallow() throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    @Override
    public void close() {
        repository.close();
    }
}
