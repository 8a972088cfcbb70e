package dev.waymark.resolve;

import dev.waymark.InputException;
import dev.waymark.config.Sources;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceFiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds the `.journey` files under the given paths, reads and parses them (in parallel), and
 * resolves them into one {@link Workspace}. File names are shown relative to the working
 * directory with `/` separators, so output is the same on every machine.
 */
public final class WorkspaceLoader {
    private WorkspaceLoader() {
    }

    public static Workspace load(List<Path> roots, Path workingDir) throws InputException {
        TreeMap<String, Path> files = discover(roots, workingDir);
        List<String> names = new ArrayList<>(files.keySet());
        List<ParseResult> parsed = names.parallelStream().map(name -> read(name, files.get(name))).toList();
        return new Workspace(parsed);
    }

    /** One file, parsed; see {@link SourceFiles#read}. */
    public static ParseResult read(String name, Path file) {
        return SourceFiles.read(name, file);
    }

    /** Display path to file, sorted; a file named directly is taken whatever its extension. */
    public static TreeMap<String, Path> discover(List<Path> roots, Path workingDir) throws InputException {
        TreeMap<String, Path> files = new TreeMap<>();
        Path base = workingDir.toAbsolutePath().normalize();
        for (Path root : roots) {
            Path abs = base.resolve(root).normalize();
            if (!Files.exists(abs) && !Files.isSymbolicLink(abs)) throw new InputException("no such file or folder: " + root);
            if (Files.isDirectory(abs)) {
                try {
                    Files.walkFileTree(abs, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            boolean skip = !dir.equals(abs) && Sources.skippedFolder(name);
                            if (!skip && !dir.equals(abs) && name.endsWith(".journey")) files.put(display(base, dir), dir);
                            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // an entry named *.journey that is not a readable file is reported, not skipped; a link
                            // to a file stays out of a folder scan (it may lead outside the workspace), a broken one is reported
                            boolean link = attrs.isSymbolicLink();
                            if (file.getFileName().toString().endsWith(".journey") && (!link || !Files.exists(file))) {
                                files.put(display(base, file), file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (file.getFileName() != null && file.getFileName().toString().endsWith(".journey")) files.put(display(base, file), file);
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    throw new InputException("cannot read folder " + root + ": " + reason(e), e);
                }
            } else {
                files.put(display(base, abs), abs);
            }
        }
        return files;
    }

    public static String display(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    private static String reason(IOException e) {
        return dev.waymark.util.IoProblems.why(e);
    }
}
