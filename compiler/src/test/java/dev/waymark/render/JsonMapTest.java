package dev.waymark.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.waymark.config.Policy;
import dev.waymark.model.Journey;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JsonMapTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonSchema schema() throws Exception {
        try (InputStream in = JsonMap.class.getResourceAsStream(JsonMap.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema shipped in the jar").isNotNull();
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @Test
    void everyJourneyOfTheSampleAndTheExamplesMatchesTheSchema() throws Exception {
        JsonSchema schema = schema();
        List<Path> roots = new ArrayList<>(List.of(Fixtures.SAMPLE_DIR));
        roots.addAll(Fixtures.exampleDirs());
        Workspace ws = WorkspaceLoader.load(roots, Path.of(""));
        int checked = 0;
        for (Journey j : ws.journeys().values()) {
            JsonNode json = MAPPER.readTree(JsonMap.render(new JourneyView(ws, j, Policy.defaults(), Fixtures.AS_OF)));
            Set<ValidationMessage> errors = schema.validate(json);
            assertThat(errors).as(j.id()).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theSchemaRejectsWhatItShould() throws Exception {
        JsonSchema schema = schema();
        JsonNode json = MAPPER.readTree(JsonMap.render(Fixtures.view(Fixtures.sample(), "checkout")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("review")).put("status", "fine");
        assertThat(schema.validate(json)).isNotEmpty();
    }

    @Test
    void theResolvedModelHasTheContractKeysAndInheritedOwners() throws Exception {
        JsonNode json = MAPPER.readTree(JsonMap.render(Fixtures.view(Fixtures.sample(), "checkout")));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsSubsequence("id", "title", "owner", "review", "personas", "stages", "opportunities");
        assertThat(json.at("/review/status").asText()).isEqualTo("current");
        assertThat(json.at("/review/due").asText()).isEqualTo("2027-01-13");
        JsonNode firstStep = json.at("/stages/0/steps/0");
        assertThat(firstStep.get("owner").isNull()).isTrue();
        assertThat(firstStep.get("effectiveOwner").asText()).isEqualTo("@marketing");
        assertThat(firstStep.get("ownerFrom").asText()).isEqualTo("stage");
        assertThat(firstStep.at("/emotion/score").asInt()).isEqualTo(1);
        assertThat(firstStep.at("/emotion/target").asInt()).isEqualTo(2);
        JsonNode form = json.at("/stages/2/steps/1");
        assertThat(form.get("id").asText()).isEqualTo("checkout-form");
        assertThat(form.get("next")).extracting(n -> n.get("step").asText() + " " + n.get("share").asInt())
                .containsExactly("confirm 70", "help 10");
        assertThat(form.at("/pains/0/addressedBy")).extracting(JsonNode::asText).containsExactly("cart-emails", "shipping-upfront");
        assertThat(json.at("/opportunities/0/addresses/0/kind").asText()).isEqualTo("pain");
    }

    @Test
    void keysFollowTheSchemaOrder() throws Exception {
        JsonNode schema;
        try (InputStream in = JsonMap.class.getResourceAsStream(JsonMap.SCHEMA_RESOURCE)) {
            schema = MAPPER.readTree(in);
        }
        JsonNode json = MAPPER.readTree(JsonMap.render(Fixtures.view(Fixtures.sample(), "checkout")));
        List<String> expected = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(expected::add);
        List<String> actual = new ArrayList<>();
        json.fieldNames().forEachRemaining(actual::add);
        assertThat(actual).isEqualTo(expected);
    }
}
