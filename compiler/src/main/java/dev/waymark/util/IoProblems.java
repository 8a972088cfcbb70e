package dev.waymark.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be read or written, in words a user can act on ("permission denied",
 * "the file system is read-only", "out/maps is a file, not a folder"), never a Java class name.
 */
public final class IoProblems {
    private IoProblems() {
    }

    /** The reason for a failure, on the file the exception names. */
    public static String why(IOException e) {
        String file = e instanceof FileSystemException fs ? fs.getFile() : null;
        return why(e, file == null ? null : Path.of(file));
    }

    /** The reason for a failure on {@code path} (the file being read or written). */
    public static String why(IOException e, Path path) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        String lower = reason.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) return "permission denied";
        if (lower.contains("read-only")) return "the file system is read-only";
        if (lower.contains("no space")) return "the disk is full";
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            Path file = fileInTheWay(path);
            return file == null ? "a part of the path is a file, not a folder" : file + " is a file, not a folder";
        }
        if (lower.contains("is a directory")) return path + " is a folder, not a file";
        if (e instanceof FileAlreadyExistsException) return "it already exists";
        if (e instanceof NoSuchFileException) {
            Path parent = path == null ? null : path.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent) ? "the folder " + parent + " does not exist" : "no such file";
        }
        if (!reason.isEmpty()) return reason;
        String message = e.getMessage();
        return message == null || message.equals(String.valueOf(path)) ? "the operating system refused (" + kind(e) + ")" : message;
    }

    /** The nearest existing ancestor of the path that is a file, or null. */
    private static Path fileInTheWay(Path path) {
        for (Path p = path == null ? null : path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) return p;
        }
        return null;
    }

    private static String kind(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return name.isEmpty() ? "an I/O error" : name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
