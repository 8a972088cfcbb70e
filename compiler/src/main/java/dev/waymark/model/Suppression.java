package dev.waymark.model;

import java.util.List;
import java.util.Optional;

/**
 * `// waymark-ignore RULE[, RULE] -- reason`: silences those rules on the declaration that follows
 * (`target`, the whole declaration). `target` is empty when no declaration follows the comment.
 */
public record Suppression(List<RuleId> rules, Optional<String> reason, SourceSpan span,
                          Optional<SourceSpan> target) {
}
