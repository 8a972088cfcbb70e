package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A check. Built-in rules and a team's own rules implement this one interface and are found
 * through {@link java.util.ServiceLoader} (`META-INF/services/dev.waymark.check.Rule`).
 * A rule reports with its default severity; the policy (`rules:` in waymark.yaml) may change
 * that severity or turn the rule off, and suppressions may silence single diagnostics.
 */
public interface Rule {

    /** Stable, kebab-case id used in output, configuration and suppressions. */
    String id();

    /** {@link #id()} as the type diagnostics, suppressions and reports carry. */
    default RuleId ruleId() {
        return RuleId.of(id());
    }

    Severity defaultSeverity();

    /** One line: what it checks. */
    String summary();

    /** The page `waymark explain RULE` prints; built-in rules keep theirs in `rules/<id>.md`. */
    default String explanation() {
        try (InputStream in = getClass().getResourceAsStream("/dev/waymark/check/rules/" + id() + ".md")) {
            return in == null ? summary() : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(CheckContext context, Consumer<Diagnostic> report);

    /**
     * True when this rule reads file history ({@link CheckContext#history()}). Where history
     * cannot be read such a rule judges nothing, so a suppression of it is not called unused.
     */
    default boolean needsHistory() {
        return false;
    }

    /** A diagnostic of this rule at its default severity. */
    default Diagnostic problem(SourceSpan where, String message) {
        return Diagnostic.of(ruleId(), defaultSeverity(), where, message);
    }
}
