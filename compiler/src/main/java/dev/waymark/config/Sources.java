package dev.waymark.config;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The one expansion of `sources:` in waymark.yaml (folders, files or globs such as
 * `maps/**&#47;*.journey`, relative to the waymark.yaml that lists them), and the one list of
 * folders no walk enters. The CLI, the Maven plugin and the language server all call it, so
 * a glob finds the same maps everywhere.
 */
public final class Sources {
    private Sources() {
    }

    /**
     * Hidden folders (`.git`, `.idea`), build output (`target`) and installed dependencies
     * (`node_modules`): they hold copies of maps or none, never the maps a team edits.
     */
    public static boolean skippedFolder(String name) {
        return name.startsWith(".") || name.equals("target") || name.equals("node_modules");
    }

    /** The policy's sources as paths (globs expanded, in sorted order); empty when it lists none. */
    public static List<Path> resolve(Policy policy, Path workingDir) {
        Path base = policy.file().map(f -> f.toAbsolutePath().getParent()).orElse(workingDir.toAbsolutePath()).normalize();
        List<Path> paths = new ArrayList<>();
        for (String source : policy.sources()) {
            if (isGlob(source)) paths.addAll(expand(base, source));
            else paths.add(base.resolve(source).normalize());
        }
        return List.copyOf(paths);
    }

    /** The policy's sources when it lists any, else the caller's default (the CLI's `.`, the plugin's `src/main/journeys`). */
    public static List<Path> resolveOr(Policy policy, Path workingDir, List<Path> fallback) {
        return policy.sources().isEmpty() ? List.copyOf(fallback) : resolve(policy, workingDir);
    }

    static boolean isGlob(String source) {
        return source.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    /** Files and folders under the base that match, in sorted order; unreadable folders are passed over. */
    private static List<Path> expand(Path base, String glob) {
        TreeSet<Path> found = new TreeSet<>();
        if (!Files.isDirectory(base)) return List.of();
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(base)) return FileVisitResult.CONTINUE;
                    if (skippedFolder(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                    if (Globs.matches(glob, base.relativize(dir))) {
                        found.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && Globs.matches(glob, base.relativize(file))) found.add(file);
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
