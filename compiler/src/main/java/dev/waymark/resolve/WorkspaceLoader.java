package dev.waymark.resolve;

import dev.waymark.InputException;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /**
     * One file, parsed; a file that cannot be read (a folder or a named pipe called `.journey`, a
     * broken link, no permission) is one diagnostic at its name, and the others are still checked.
     * Only regular files are opened: reading a named pipe would wait for a writer forever.
     */
    public static ParseResult read(String name, Path file) {
        if (Files.isDirectory(file)) return SourceParser.unreadable(name, "it is a folder, not a file", "rename the folder or move it out of the sources");
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "a missing file";
            }
            return SourceParser.unreadable(name, "it is a link to " + target + ", which does not exist", "fix or remove the link");
        }
        if (!Files.isRegularFile(file)) {
            return SourceParser.unreadable(name, "it is not a regular file (a named pipe or a device)", "journey maps are plain text files; remove it or rename it");
        }
        try {
            return SourceParser.parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return SourceParser.unreadable(name, dev.waymark.util.IoProblems.why(e, file), "check the file's permissions (`ls -l " + name + "`)");
        }
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
                            boolean skip = !dir.equals(abs) && (name.startsWith(".") || name.equals("target") || name.equals("node_modules"));
                            if (!skip && !dir.equals(abs) && name.endsWith(".journey")) files.put(display(base, dir), dir);
                            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // any kind of entry named *.journey: one that is not a readable file is reported, not skipped
                            if (file.getFileName().toString().endsWith(".journey")) files.put(display(base, file), file);
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
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
