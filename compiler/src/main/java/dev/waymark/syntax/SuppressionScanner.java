package dev.waymark.syntax;

import dev.waymark.grammar.JourneyLexer;
import dev.waymark.model.Element;
import dev.waymark.model.RuleId;
import dev.waymark.model.SourceSpan;
import dev.waymark.model.Suppression;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds `// waymark-ignore RULE[, RULE] -- reason` comments and the declaration each one
 * precedes: the element whose first token is the next visible token after the comment.
 */
final class SuppressionScanner {
    private static final Pattern IGNORE = Pattern.compile("^//\\s*waymark-ignore\\b(.*)$");

    private final String path;
    private final TokenStream tokens;
    private final Map<Integer, Element> byStartToken = new HashMap<>();

    SuppressionScanner(String path, TokenStream tokens, List<Element> elements, List<Integer> starts) {
        this.path = path;
        this.tokens = tokens;
        // the outermost element wins when several start at one token (cannot happen today, but cheap to be sure)
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) != null) byStartToken.put(starts.get(i), elements.get(i));
        }
    }

    List<Suppression> scan() {
        List<Suppression> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != JourneyLexer.LINE_COMMENT) continue;
            Matcher m = IGNORE.matcher(t.getText().strip());
            if (!m.matches()) continue;
            String rest = m.group(1);
            int dashes = rest.indexOf("--");
            String ruleList = dashes >= 0 ? rest.substring(0, dashes) : rest;
            Optional<String> reason = dashes >= 0 ? Optional.of(rest.substring(dashes + 2).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
            List<RuleId> rules = Arrays.stream(ruleList.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).map(RuleId::of).toList();
            found.add(new Suppression(rules, reason, Spans.of(path, t), target(i)));
        }
        return List.copyOf(found);
    }

    private Optional<SourceSpan> target(int commentIndex) {
        for (int j = commentIndex + 1; j < tokens.size(); j++) {
            Token next = tokens.get(j);
            if (next.getChannel() != Token.DEFAULT_CHANNEL) continue;
            Element e = byStartToken.get(j);
            return e == null ? Optional.empty() : Optional.of(e.span());
        }
        return Optional.empty();
    }
}
