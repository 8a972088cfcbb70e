package dev.waymark.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a work tree's git data lives, found by reading files only (no JGit), so that a build
 * cache can ask "which commit is checked out?" in a millisecond. {@code ownDir} holds HEAD and
 * the index; {@code commonDir} the objects and refs. They differ only in a linked work tree
 * (`git worktree add`), whose `.git` file names its own folder, which names the shared one in
 * `commondir`.
 */
record GitLocation(Path workTree, Path ownDir, Path commonDir) {

    /** The repository containing the folder, or empty when there is none up to the file-system root. */
    static Optional<GitLocation> find(Path folder) throws IOException {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) return Optional.of(new GitLocation(dir, dotGit, dotGit));
            if (Files.isRegularFile(dotGit)) return Optional.of(fromGitFile(dotGit, dir));
        }
        return Optional.empty();
    }

    private static GitLocation fromGitFile(Path dotGit, Path workTree) throws IOException {
        String content = read(dotGit);
        if (!content.startsWith("gitdir:")) throw new IOException(dotGit + " does not name a git folder");
        Path own = workTree.resolve(content.substring("gitdir:".length()).trim()).normalize();
        Path commonDirFile = own.resolve("commondir");
        Path common = Files.isRegularFile(commonDirFile) ? own.resolve(read(commonDirFile)).normalize() : own;
        return new GitLocation(workTree, own, common);
    }

    /** The ref HEAD names (or "detached"); empty while HEAD is missing. */
    Optional<String> headRef() throws IOException {
        Path head = ownDir.resolve("HEAD");
        if (!Files.isRegularFile(head)) return Optional.empty();
        String text = read(head);
        return Optional.of(text.startsWith("ref:") ? text.substring(4).trim() : text);
    }

    /**
     * HEAD, the commit it names and whether the clone is shallow, as one line: equal lines mean
     * the same history. Reads loose refs and `packed-refs` the way git does.
     */
    String headState() throws IOException {
        Optional<String> ref = headRef();
        if (ref.isEmpty()) return "no HEAD";
        String name = ref.get();
        String commit = name;
        if (name.startsWith("refs/")) {
            Path loose = commonDir.resolve(name);
            commit = Files.isRegularFile(loose) ? read(loose) : packed(name).orElse("no commits yet");
        }
        boolean shallow = Files.isRegularFile(commonDir.resolve("shallow"));
        return name + " " + commit + (shallow ? " shallow" : "");
    }

    private Optional<String> packed(String ref) throws IOException {
        Path packedRefs = commonDir.resolve("packed-refs");
        if (!Files.isRegularFile(packedRefs)) return Optional.empty();
        for (String line : Files.readAllLines(packedRefs, StandardCharsets.UTF_8)) {
            if (line.endsWith(" " + ref)) return Optional.of(line.substring(0, line.indexOf(' ')));
        }
        return Optional.empty();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
}
