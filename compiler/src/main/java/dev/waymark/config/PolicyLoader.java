package dev.waymark.config;

import dev.waymark.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Finds and reads `waymark.yaml`: the file named by `--config`, else the one in the working
 * directory or its nearest parent, else the defaults.
 */
public final class PolicyLoader {
    public static final String FILE_NAME = "waymark.yaml";

    private PolicyLoader() {
    }

    /**
     * The policy of the `--config` file, else of the nearest `waymark.yaml`, else the defaults;
     * `rules:` may name the given rules (built-in and a team's own: the caller knows which are loaded).
     */
    public static Policy load(Path workingDir, Optional<Path> explicit, Collection<String> ruleIds) throws InputException {
        Path base = workingDir.toAbsolutePath().normalize();
        Optional<Path> file = explicit.isPresent() ? explicit.map(p -> base.resolve(p).normalize()) : locate(workingDir);
        if (file.isEmpty()) return Policy.defaults();
        String shown = shown(base, file.get());
        if (!Files.isRegularFile(file.get())) throw new InputException("cannot read config " + shown + ": no such file");
        return PolicyYaml.read(file.get(), shown, ruleIds);
    }

    /** The file as messages show it: relative to the working folder when inside it, `/`-separated. */
    private static String shown(Path base, Path file) {
        Path shown = file.startsWith(base) ? base.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    public static Optional<Path> locate(Path workingDir) {
        for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
