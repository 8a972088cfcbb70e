package dev.waymark.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waymark.Waymark;
import dev.waymark.check.Fixture;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.render.portfolio.PortfolioJson;
import dev.waymark.resolve.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review date or cadence that cannot be read gives the review status `unknown`, computed once
 * by {@link Workspace#review} and said alike by check (no review rule judges it), the SVG map,
 * the JSON (with its schema), the HTML page and the portfolio; a readable one keeps its status.
 * `invalid-value` is lowered to a warning here so that the maps render at all.
 */
class UnknownReviewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<RuleId> REVIEW_RULES = Set.of(RuleId.MISSING_REVIEW, RuleId.STALE_REVIEW, RuleId.REVIEW_DUE_SOON,
            RuleId.REVIEW_IN_FUTURE);

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "a date that is not a calendar date  | reviewed 2026-02-30 by @cx                        | unknown | true",
            "a cadence too long to hold          | reviewed 2026-11-01 review every 9999999999999999999d | unknown | true",
            "a cadence of zero                   | reviewed 2026-11-01 review every 0d               | unknown | true",
            "a readable, recent review           | reviewed 2026-11-01 review every 90d              | current | false",
            "a readable, old review              | reviewed 2020-01-01 review every 90d              | stale   | false",
            "no review at all                    | review every 90d                                  | missing | false",
    })
    void everyReaderSaysTheSameReviewStatus(String what, String review, String status, boolean invalid) throws Exception {
        String text = "journey j \"J\" {\n  owner @cx\n  " + review.replace(" review every", "\n  review every")
                + "\n  stage s { step a \"A\" { emotion 1 } }\n}\n";
        Workspace ws = Fixtures.workspace(text);
        Policy policy = Fixture.policy("rules:\n  invalid-value: warning\n");

        assertThat(ws.review(ws.allJourneys().get(0), policy, Fixtures.AS_OF).status().label()).as(what).isEqualTo(status);

        List<Diagnostic> found = Waymark.check(ws, Waymark.CheckRequest.of(List.of(), Path.of("."))
                .withPolicy(policy).withAsOf(Fixtures.AS_OF)).diagnostics();
        assertThat(found.stream().anyMatch(d -> d.rule().equals(RuleId.INVALID_VALUE))).as(what + ": invalid-value").isEqualTo(invalid);
        if (invalid) assertThat(found).as(what).noneMatch(d -> REVIEW_RULES.contains(d.rule()));
        if (status.equals("stale")) assertThat(found).as(what).anyMatch(d -> d.rule().equals(RuleId.STALE_REVIEW));
        if (status.equals("missing")) assertThat(found).as(what).anyMatch(d -> d.rule().equals(RuleId.MISSING_REVIEW));

        Path out = Files.createTempDirectory("unknown-review");
        RenderResult result = Renderer.render(ws, policy, Fixtures.AS_OF, EnumSet.of(RenderFormat.SVG, RenderFormat.JSON, RenderFormat.HTML), out);
        assertThat(result.rendered()).as(what).containsExactly("j");

        JsonNode json = JSON.readTree(Files.readAllBytes(out.resolve(RenderFormat.JSON.fileName("j"))));
        assertThat(json.get("review").get("status").asText()).as(what).isEqualTo(status);
        assertThat(JsonMapTest.schema().validate(json)).as(what).isEmpty();
        if (status.equals("unknown")) assertThat(json.get("review").get("due").isNull()).as(what + ": due").isTrue();

        String svg = Files.readString(out.resolve(RenderFormat.SVG.fileName("j")), StandardCharsets.UTF_8);
        assertThat(svg).as(what).contains("wm-review-" + status);
        assertThat(svg.contains("Review unknown")).as(what + ": the badge says so").isEqualTo(status.equals("unknown"));
        assertThat(svg.contains("Never reviewed")).as(what).isEqualTo(status.equals("missing"));

        String html = Files.readString(out.resolve(RenderFormat.HTML.fileName("j")), StandardCharsets.UTF_8);
        assertThat(html).as(what).contains("review-" + status);

        JsonNode portfolio = JSON.readTree(Files.readAllBytes(out.resolve(PortfolioJson.FILE)));
        assertThat(portfolio.get("hierarchy").get(0).get("review").asText()).as(what).isEqualTo(status);
        List<String> reasons = portfolio.findValuesAsText("reason");
        assertThat(reasons.contains("unknown-review")).as(what + ": the owner's queue").isEqualTo(status.equals("unknown"));
    }
}
