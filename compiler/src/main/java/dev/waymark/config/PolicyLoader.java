package dev.waymark.config;

import dev.waymark.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and reads `waymark.yaml`: the file named by `--config`, else the one in the working
 * directory or its nearest parent, else the defaults.
 */
public final class PolicyLoader {
    public static final String FILE_NAME = "waymark.yaml";

    private PolicyLoader() {
    }

    public static Policy load(Path workingDir, Optional<Path> explicit) throws InputException {
        Optional<Path> file = explicit.isPresent() ? explicit.map(p -> workingDir.resolve(p).normalize()) : locate(workingDir);
        if (file.isEmpty()) return Policy.defaults();
        if (!Files.isRegularFile(file.get())) throw new InputException("cannot read config " + file.get() + ": no such file");
        return PolicyYaml.read(file.get());
    }

    public static Optional<Path> locate(Path workingDir) {
        for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
