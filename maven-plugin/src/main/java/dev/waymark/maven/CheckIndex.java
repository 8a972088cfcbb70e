package dev.waymark.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a check's outcome depends on, written down after a passing check so that an unchanged
 * project is not checked again: the content hash of every input file, the plugin's settings
 * (as-of date included), the rules on the class path and the git commit checked out. Plain
 * sorted text, so two builds of the same project write the same bytes and a diff shows why a
 * check ran again.
 */
final class CheckIndex {
    private final TreeMap<String, String> entries = new TreeMap<>();

    CheckIndex setting(String name, String value) {
        entries.put("setting " + name, value);
        return this;
    }

    /** A file by its shown name; a missing file is recorded as such, so its appearance is a change. */
    CheckIndex file(String name, Path file) throws IOException {
        entries.put("file " + name, Files.isRegularFile(file) ? sha256(file) : "absent");
        return this;
    }

    CheckIndex files(Map<String, Path> files) throws IOException {
        for (Map.Entry<String, Path> e : files.entrySet()) file(e.getKey(), e.getValue());
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder("# waymark check index: inputs of the last passing check\n");
        entries.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
        return out.toString();
    }

    /** True when the index file holds exactly this index. */
    boolean matches(Path indexFile) throws IOException {
        return Files.isRegularFile(indexFile) && Files.readString(indexFile, StandardCharsets.UTF_8).equals(text());
    }


    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
