package dev.waymark.model;

import java.util.Locale;

/** How much a diagnostic matters; ordered so that `ERROR.atLeast(WARNING)`. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info" -> INFO;
            default -> throw new IllegalArgumentException("'" + text + "' is not a severity (error, warning, info)");
        };
    }
}
