package dev.waymark.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static dev.waymark.diff.DiffFixtures.BASE;
import static dev.waymark.diff.DiffFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;

class DiffFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** BASE after a pull request that touches most kinds of element. */
    static String pullRequest() {
        String after = edit(BASE, "emotion -2 \"Annoyed\" -> +1", "emotion +1 \"Relieved\" -> +1");
        after = edit(after, "    owner @checkout-squad\n    step cart", "    step cart");
        after = edit(after, "step cart \"Reviews cart\"", "step basket \"Reviews cart\"");
        after = edit(after, "    step pay \"Pays\" {", "  }\n  stage payment \"Payment | <fees> & *more*\" {\n    step pay \"Pays\" {");
        after = edit(after, "status planned", "status dropped");
        after = edit(after, "      pain \"Too many fields\"\n", "");
        after = edit(after, "members @dana, @lee", "members @dana");
        return after;
    }

    @Test
    void markdownMatchesTheReviewedGoldenFile() throws IOException {
        String md = DiffMarkdown.render(DiffFixtures.diff(BASE, pullRequest()));
        assertThat(md).isEqualTo(resource("golden/pull-request.md"));
    }

    @Test
    void markdownFoldsLongListsButKeepsBreakingChangesInView() {
        String after = BASE;
        for (String step : new String[] {"search", "product", "cart", "pay", "confirm"}) {
            after = after.replaceFirst("step " + step + " \"([^\"]*)\"", "step " + step + " \"$1 (new)\"");
        }
        after = edit(after, "step checkout-form \"Fills in the form\" {", "step checkout-form \"Fills in the form\" {\n      evidence \"Survey\"\n      thought \"Hmm\"\n      channel web\n      lane customer\n      touchpoint external\n      moment-of-truth \"Total shown\"");
        after = edit(after, "status planned", "status dropped");
        String md = DiffMarkdown.render(DiffFixtures.diff(BASE, after));
        String beforeDetails = md.substring(0, md.indexOf("<details>"));
        assertThat(beforeDetails).contains("| 🔴 **breaking** | opportunity `show-shipping`");
        assertThat(md.substring(md.indexOf("<details>"))).contains("**title**: `Searches` → `Searches (new)`")
                .doesNotContain("breaking**").contains("</details>");
    }

    @Test
    void aHugeDiffStaysWithinWhatAPullRequestCommentHolds() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int j = 0; j < 300; j++) {
            before.append("journey j").append(j).append(" \"Journey ").append(j).append("\" { stage s {");
            after.append("journey j").append(j).append(" \"Journey ").append(j).append("\" { stage s {");
            for (int t = 0; t < 8; t++) {
                before.append(" step t").append(t).append(" \"Old title of step ").append(t).append("\" {}");
                after.append(" step t").append(t).append(" \"New title of step ").append(t).append("\" {}");
            }
            before.append(" } }\n");
            after.append(" } }\n");
        }
        String md = DiffMarkdown.render(DiffFixtures.diff(before.toString(), after.toString()));
        assertThat(md.length()).isLessThanOrEqualTo(65_536);
        assertThat(md).contains("| `j299` — Journey 299 | 0 | 0 | 8 |").contains("### `j0` — Journey 0")
                .doesNotContain("### `j299`").containsPattern("_\\d+ more sections left out");
    }

    @Test
    void userTextCannotFormatInjectHtmlOrMention() {
        assertThat(MarkdownText.text("a|b <img src=x> & *bold* [l](u) @dana"))
                .isEqualTo("a\\|b &lt;img src=x&gt; &amp; \\*bold\\* \\[l\\](u) @\u200bdana");
        assertThat(MarkdownText.code("x | `y`")).isEqualTo("`` x \\| `y` ``");
        assertThat(MarkdownText.code("line one\nline two")).isEqualTo("`line one ↵ line two`");
        assertThat(MarkdownText.code("x".repeat(200))).hasSize(MarkdownText.MAX_VALUE + 2).endsWith("…`");
    }

    @Test
    void jsonValidatesAgainstTheShippedSchema() throws IOException {
        JsonNode json = JSON.readTree(DiffJson.render(DiffFixtures.diff(BASE, pullRequest())));
        assertThat(schema().validate(json)).isEmpty();
        assertThat(json.get("summary").toString()).isEqualTo("{\"breaking\":2,\"notable\":7,\"info\":1}");
        assertThat(json.get("changes").get(0).toString()).isEqualTo(
                "{\"journey\":\"checkout\",\"element\":\"stage\",\"id\":\"purchase\",\"title\":\"Purchase\","
                        + "\"change\":\"changed\",\"field\":\"owner\",\"old\":\"@checkout-squad\",\"level\":\"breaking\"}");
    }

    @Test
    void theSchemaRejectsAChangeWithoutALevelOrWithAnUnknownKind() throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(DiffJson.render(DiffFixtures.diff(BASE, pullRequest())));
        ((ObjectNode) json.get("changes").get(0)).remove("level");
        ((ObjectNode) json.get("changes").get(1)).put("change", "mutated");
        Set<ValidationMessage> errors = schema().validate(json);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("level")).anyMatch(m -> m.contains("change"));
    }

    @Test
    void everyFormatIsDeterministic() {
        DiffReport a = DiffFixtures.diff(BASE, pullRequest());
        DiffReport b = DiffFixtures.diff(BASE, pullRequest());
        for (DiffFormat f : DiffFormat.values()) assertThat(f.render(a, false)).isEqualTo(f.render(b, false));
    }

    @Test
    void textSpellsOutEveryLevelAndColoursOnlyWhenAsked() {
        DiffReport report = DiffFixtures.diff(BASE, pullRequest());
        String plain = DiffText.render(report, false);
        assertThat(plain).doesNotContain("\u001b[")
                .contains("  breaking stage purchase ")
                .endsWith("Total: 2 breaking, 7 notable, 1 info (1 journey and personas or teams)\n");
        assertThat(DiffText.render(report, true)).contains("\u001b[1;31mbreaking");
        assertThat(DiffText.render(DiffFixtures.diff(BASE, BASE), false)).isEqualTo("No semantic changes.\n");
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = DiffJson.class.getResourceAsStream(DiffJson.SCHEMA)) {
            assertThat(in).as("schema in the jar").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DiffFormatsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
