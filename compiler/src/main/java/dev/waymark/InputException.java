package dev.waymark;

/**
 * Input that cannot be used at all: a path that does not exist or cannot be read, a broken
 * `waymark.yaml`. The CLI exits 2 with this message; the Maven plugin fails the build with it.
 */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
