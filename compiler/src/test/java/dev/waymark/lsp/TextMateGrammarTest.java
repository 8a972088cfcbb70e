package dev.waymark.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** editors/journey.tmLanguage.json stays in step with the grammar: every keyword of the lexer is highlighted. */
class TextMateGrammarTest {
    static final Path GRAMMAR = Path.of("../dsl-grammar/src/main/antlr4/dev/waymark/grammar/Journey.g4");
    static final Path TEXTMATE = Path.of("../editors/journey.tmLanguage.json");

    @Test
    void everyLexerKeywordIsHighlightedAsAKeyword() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TEXTMATE.toFile());
        List<Pattern> patterns = new ArrayList<>();
        for (JsonNode node : root.findValues("match")) patterns.add(Pattern.compile(node.asText()));
        Matcher keyword = Pattern.compile("(?m)^[A-Z_]+\\s*:\\s*'([a-z][a-z-]*)'\\s*;").matcher(Files.readString(GRAMMAR));
        List<String> keywords = new ArrayList<>();
        while (keyword.find()) keywords.add(keyword.group(1));
        assertThat(keywords).hasSizeGreaterThan(40).contains("moment-of-truth", "escalates-to");
        for (String k : keywords) {
            // a declaration keyword is matched with the id after it
            String sample = k + " some-id \"Title\"";
            assertThat(patterns.stream().anyMatch(p -> {
                Matcher m = p.matcher(sample);
                return m.lookingAt() && m.end() >= k.length();
            })).as(k).isTrue();
        }
    }

    @Test
    void aWordThatOnlyContainsAKeywordIsNotOne() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TEXTMATE.toFile());
        Pattern property = root.findValues("match").stream().map(JsonNode::asText).filter(m -> m.contains("moment-of-truth"))
                .map(Pattern::compile).findFirst().orElseThrow();
        assertThat(property.matcher("next-step").lookingAt()).as("`next-step` is an id").isFalse();
        assertThat(property.matcher("next").matches()).isTrue();
    }
}
