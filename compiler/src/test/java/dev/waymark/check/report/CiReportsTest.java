package dev.waymark.check.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Fixture;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** `--format sarif|github|junit` on one small workspace. */
class CiReportsTest {
    private static final String MAP = """
            persona idle "Idle" { }
            journey j {
              owner @x
              stage s { step a { } }
            }
            """;

    private static CheckResult result() {
        return Fixture.check(Policy.defaults(), MAP);
    }

    @Test
    void sarifIsValidAgainstTheOfficialSarif210Schema() throws Exception {
        String sarif = SarifReport.render(result(), Rules.load(), Policy.defaults());
        JsonNode tree = new ObjectMapper().readTree(sarif);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF 2.1.0 schema on the test class path").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> problems = schema.validate(tree);
        assertThat(problems).isEmpty();
        // a document the schema must reject, so the check above can fail
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(tree)).isNotEmpty();
    }

    @Test
    void sarifWithRelatedLocationsSyntaxErrorsAndOddPathsIsStillValid() throws Exception {
        var parsed = java.util.List.of(
                dev.waymark.syntax.SourceParser.parse("maps/gift shop/ä.journey",
                        "journey j { owner @x stage s { step a { emotion 1 } step a { emotion 2 } } }\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                dev.waymark.syntax.SourceParser.parse("/abs/b.journey",
                        "journey k { stage s { step a { emotion \"open } } }\n/* never closed".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var ws = new dev.waymark.resolve.Workspace(parsed);
        CheckResult result = dev.waymark.Waymark.check(ws, dev.waymark.Waymark.CheckRequest.of(java.util.List.of(), java.nio.file.Path.of("."))
                .withAsOf(Fixture.AS_OF));
        assertThat(result.diagnostics()).extracting(d -> d.rule().id()).contains("duplicate-id", "syntax");
        JsonNode tree = new ObjectMapper().readTree(SarifReport.render(result, Rules.load(), Policy.defaults()));
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(tree)).isEmpty();
        }
        assertThat(tree.findValues("uri")).extracting(JsonNode::asText).contains("maps/gift%20shop/%C3%A4.journey", "file:///abs/b.journey");
        assertThat(tree.findValues("relatedLocations")).isNotEmpty();
    }

    @Test
    void sarifDescribesEveryRuleAndLocatesEveryResult() throws Exception {
        Policy policy = Fixture.policy("rules: { missing-evidence: off }");
        JsonNode run = new ObjectMapper().readTree(SarifReport.render(Fixture.check(policy, MAP), Rules.load(), policy))
                .get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(Rules.load().all().size());
        JsonNode emotion = null;
        for (JsonNode r : rules) {
            assertThat(r.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(r.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(r.get("help").get("text").asText()).contains("## Why it matters");
            if (r.get("id").asText().equals("missing-emotion")) emotion = r;
            if (r.get("id").asText().equals("missing-evidence")) {
                assertThat(r.get("defaultConfiguration").get("enabled").asBoolean()).isFalse();
            }
        }
        assertThat(emotion).isNotNull();
        assertThat(emotion.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
        assertThat(emotion.get("fullDescription").get("text").asText()).startsWith("Every step in the customer lane needs an `emotion`");
        JsonNode result = null;
        for (JsonNode r : run.get("results")) if (r.get("ruleId").asText().equals("missing-emotion")) result = r;
        assertThat(result).isNotNull();
        assertThat(result.get("level").asText()).isEqualTo("warning");
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("missing-emotion");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("f0.journey");
        assertThat(location.get("region").toString()).isEqualTo("{\"startLine\":4,\"startColumn\":18,\"endLine\":4,\"endColumn\":19}");
        assertThat(result.get("partialFingerprints").get(SarifReport.FINGERPRINT).asText()).hasSize(32);
        assertThat(run.get("results").findValues("ruleId")).extracting(JsonNode::asText).contains("unused-persona")
                .doesNotContain("missing-evidence");
    }

    @Test
    void sarifFingerprintsSurviveLinesAddedAbove() throws Exception {
        String before = fingerprint(MAP);
        String after = fingerprint("\n\n// a comment\n" + MAP);
        assertThat(after).isEqualTo(before);
        assertThat(fingerprint(MAP.replace("step a", "step b"))).isNotEqualTo(before);
    }

    private static String fingerprint(String text) throws Exception {
        JsonNode run = new ObjectMapper().readTree(SarifReport.render(Fixture.check(Policy.defaults(), text), Rules.load(),
                Policy.defaults())).get("runs").get(0);
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("missing-emotion")) return r.get("partialFingerprints").toString();
        }
        throw new AssertionError("no missing-emotion result");
    }

    @Test
    void sarifUrisArePercentEncodedRelativeReferences() {
        assertThat(SarifReport.relativeUri("journeys/gift shop/ä.journey")).isEqualTo("journeys/gift%20shop/%C3%A4.journey");
    }

    @Test
    void githubAnnotationsGolden() {
        String out = GithubReport.render(result().diagnostics(), result().summary(), false);
        assertThat(out).isEqualTo("""
                ::error file=f0.journey,line=2,col=9,endLine=2,endColumn=10,title=missing-review::journey `j` has never been reviewed, so nobody can tell whether it still matches what customers live%0Ahelp: walk the map with its owner, then add `reviewed 2026-11-22 by @who` inside the journey
                ::warning file=f0.journey,line=2,col=9,endLine=2,endColumn=10,title=no-objective::journey `j` has no objective, so nobody can tell what the map is for or when it has done its job%0Ahelp: add `objective "..."` with a measurable aim, e.g. `objective "Reduce cart abandonment below 55% by Q2"`
                ::warning file=f0.journey,line=4,col=18,endLine=4,endColumn=19,title=missing-emotion::step `a` does not say how the customer feels there%0Ahelp: add `emotion SCORE "label"` (-3 worst .. +3 delighted), e.g. `emotion -1 "Unsure" -> +2`
                ::notice file=f0.journey,line=1,col=9,endLine=1,endColumn=13,title=unused-persona::persona `idle` is not the subject of any journey or step%0Ahelp: name it in a journey's `personas` or a step's `persona`, or remove it if nobody maps this customer
                ::notice file=f0.journey,line=2,col=9,endLine=2,endColumn=10,title=missing-evidence::journey `j` cites no evidence on any step, so it may show what the team assumes rather than what customers said%0Ahelp: add `evidence "..."` to the steps you learned about from customers (interviews, surveys, analytics)
                1 error, 2 warnings, 2 infos in 1 file, 1 journey
                """.replace("below 55% by", "below 55%25 by"));
    }

    @Test
    void githubShowsTheMostSevereUpToTheStepLimitAndCountsTheRest() {
        java.util.List<Diagnostic> ds = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) ds.add(Diagnostic.of(RuleId.of("w-rule"), Severity.WARNING, SourceSpan.at("a.journey", i, 1), "warn " + i));
        for (int i = 1; i <= 15; i++) ds.add(Diagnostic.of(RuleId.of("e-rule"), Severity.ERROR, SourceSpan.at("b.journey", i, 1), "err " + i));
        ds.add(Diagnostic.of(RuleId.of("i-rule"), Severity.INFO, SourceSpan.at("a.journey", 99, 1), "info"));
        ds.sort(Diagnostic.ORDER);
        String out = GithubReport.render(ds, dev.waymark.check.Summary.of(2, 2, ds), false);
        java.util.List<String> lines = out.lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("::error "))).hasSize(10);
        assertThat(lines.stream().filter(l -> l.startsWith("::warning "))).hasSize(10);
        assertThat(lines.stream().filter(l -> l.startsWith("::notice "))).hasSize(1);
        assertThat(lines.get(0)).startsWith("::error file=b.journey,line=1,");
        assertThat(lines.get(10)).startsWith("::warning file=a.journey,line=1,");
        assertThat(lines.get(20)).startsWith("::notice ");
        assertThat(lines.get(21)).isEqualTo("15 errors, 12 warnings, 1 info in 2 files, 2 journeys");
        assertThat(lines.get(22)).isEqualTo("not annotated (GitHub shows 10 annotations of each level per step): 5 errors, 2 warnings;"
                + " they follow, and the job summary lists every problem");
        assertThat(lines.subList(23, lines.size())).containsExactly(
                "b.journey:11:1: error[e-rule] err 11", "b.journey:12:1: error[e-rule] err 12", "b.journey:13:1: error[e-rule] err 13",
                "b.journey:14:1: error[e-rule] err 14", "b.journey:15:1: error[e-rule] err 15",
                "a.journey:11:1: warning[w-rule] warn 11", "a.journey:12:1: warning[w-rule] warn 12");
        String md = GithubReport.markdown(ds, dev.waymark.check.Summary.of(2, 2, ds));
        assertThat(md).startsWith("### Waymark check\n\n15 errors, 12 warnings, 1 info in 2 files, 2 journeys\n\n| Severity | Rule | Where | Problem |\n|---|---|---|---|\n| error | `e-rule` | b.journey:1:1 | err 1 |\n");
        assertThat(md.lines().filter(l -> l.startsWith("| "))).hasSize(1 + 28);
        assertThat(GithubReport.cell("a | b\nc <br>")).isEqualTo("a \\| b<br>c &lt;br>");
    }

    @Test
    void githubEscapingFollowsTheRunner() {
        assertThat(GithubReport.data("50% done\r\nnext: a, b")).isEqualTo("50%25 done%0D%0Anext: a, b");
        assertThat(GithubReport.property("dir:a,b/100%.journey\n")).isEqualTo("dir%3Aa%2Cb/100%25.journey%0A");
        Diagnostic d = Diagnostic.of(RuleId.of("x-rule"), Severity.ERROR, new SourceSpan("a,b:c.journey", 3, 1, 3, 5, -1, -1), "line one\nline two");
        assertThat(GithubReport.command(d)).isEqualTo("::error file=a%2Cb%3Ac.journey,line=3,col=1,endLine=3,endColumn=5,title=x-rule::line one%0Aline two");
    }

    @Test
    void junitHasOneCasePerFileAndRuleGolden() {
        Rules rules = Rules.of(Rules.load().all().stream()
                .filter(r -> Set.of("missing-emotion", "missing-review", "unused-persona", "empty-stage").contains(r.id())).toList());
        String xml = JunitReport.render(Fixture.check(Policy.defaults(), rules, MAP), rules, Policy.defaults(), Fixture.AS_OF);
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites>
                  <testsuite name="f0" package="(root)" id="0" hostname="localhost" timestamp="2026-11-22T00:00:00" tests="4" failures="2" errors="0" skipped="0" time="0">
                    <properties><property name="file" value="f0.journey"/></properties>
                    <testcase classname="f0" name="empty-stage" time="0"/>
                    <testcase classname="f0" name="missing-emotion" time="0">
                      <failure type="warning" message="1 problem: step `a` does not say how the customer feels there">f0.journey:4:18: warning step `a` does not say how the customer feels there (help: add `emotion SCORE "label"` (-3 worst .. +3 delighted), e.g. `emotion -1 "Unsure" -&gt; +2`)
                </failure>
                    </testcase>
                    <testcase classname="f0" name="missing-review" time="0">
                      <failure type="error" message="1 problem: journey `j` has never been reviewed, so nobody can tell whether it still matches what customers live">f0.journey:2:9: error journey `j` has never been reviewed, so nobody can tell whether it still matches what customers live (help: walk the map with its owner, then add `reviewed 2026-11-22 by @who` inside the journey)
                </failure>
                    </testcase>
                    <testcase classname="f0" name="unused-persona" time="0"/>
                    <system-out>f0.journey:1:9: info persona `idle` is not the subject of any journey or step (help: name it in a journey's `personas` or a step's `persona`, or remove it if nobody maps this customer)
                </system-out>
                    <system-err/>
                  </testsuite>
                </testsuites>
                """);
    }
}
