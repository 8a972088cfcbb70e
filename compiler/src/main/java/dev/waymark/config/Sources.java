package dev.waymark.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The paths that `sources:` in waymark.yaml names: folders, files or globs
 * (`maps/**&#47;*.journey`), relative to the waymark.yaml that lists them.
 */
public final class Sources {
    private Sources() {
    }

    /** The policy's sources as paths; empty when it lists none. */
    public static List<Path> resolve(Policy policy, Path workingDir) {
        Path base = policy.file().map(f -> f.toAbsolutePath().getParent()).orElse(workingDir.toAbsolutePath()).normalize();
        List<Path> paths = new ArrayList<>();
        for (String source : policy.sources()) {
            if (isGlob(source)) paths.addAll(expand(base, source));
            else paths.add(base.resolve(source).normalize());
        }
        return List.copyOf(paths);
    }

    static boolean isGlob(String source) {
        return source.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    /** Files and folders under the base that match, in sorted order; unreadable folders are passed over. */
    private static List<Path> expand(Path base, String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        TreeSet<Path> found = new TreeSet<>();
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(base)) return FileVisitResult.CONTINUE;
                    String name = dir.getFileName().toString();
                    if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) return FileVisitResult.SKIP_SUBTREE;
                    if (matcher.matches(base.relativize(dir))) {
                        found.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && matcher.matches(base.relativize(file))) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.copyOf(found);
        }
        return List.copyOf(found);
    }
}
