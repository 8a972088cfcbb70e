package dev.waymark.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What `render` wrote into a folder, kept there as `.waymark-manifest.json`: each file's name,
 * format and SHA-256. The next run removes a listed file it no longer writes (a journey removed
 * or renamed), and only when the file still holds exactly what Waymark wrote: a file Waymark did
 * not write, or one edited since, is never deleted.
 */
record Manifest(List<Entry> entries) {
    static final String FILE = ".waymark-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Entry(String name, RenderFormat format, String sha256) {
    }

    Manifest {
        entries = entries.stream().sorted(java.util.Comparator.comparing(Entry::name)).toList();
    }

    /** The manifest in `folder`; empty when there is none or it cannot be read (then nothing is removed). */
    static Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.path("files")) {
                String name = e.path("name").asText("");
                if (!safeName(name)) continue;
                entries.add(new Entry(name, RenderFormat.parse(e.path("format").asText()), e.path("sha256").asText("")));
            }
            return Optional.of(new Manifest(entries));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A plain file name in the folder itself: a manifest never names a path elsewhere. */
    static boolean safeName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && !name.contains("/") && !name.contains("\\") && !name.contains(":");
    }

    Optional<Entry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("generator", "waymark render");
        root.put("version", 1);
        root.put("note", "the files this folder holds from `waymark render`; a file not listed here is never deleted");
        ArrayNode files = root.putArray("files");
        for (Entry e : entries) {
            files.addObject().put("name", e.name()).put("format", e.format().label()).put("sha256", e.sha256());
        }
        try {
            byte[] body = JSON.writeValueAsBytes(root);
            byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
