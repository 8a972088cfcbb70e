package dev.waymark.config;

import dev.waymark.InputException;

import java.nio.file.Path;

/** Reads one waymark.yaml into a {@link Policy}. */
final class PolicyYaml {
    private PolicyYaml() {
    }

    static Policy read(Path file) throws InputException {
        // replaced by the typed Jackson reader (issue 3)
        return Policy.defaults();
    }
}
