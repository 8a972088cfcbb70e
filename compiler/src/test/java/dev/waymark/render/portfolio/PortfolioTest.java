package dev.waymark.render.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.waymark.config.Policy;
import dev.waymark.render.JourneyView;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace whose portfolio is known by hand: a hierarchy three levels deep, channels,
 * pains of every severity (and one without), scored and unscored opportunities with ties,
 * and reviews in every state. Each list is compared in full, in order (docs/render.md).
 */
class PortfolioTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String A = """
            journey a "Lifecycle" {
              owner @cx
              reviewed 2026-11-01
              metric nps = 20 target 40
              stage s1 "One" {
                step a1 { channel web emotion -2 pain p1 "P1" severity high expands b }
                step a2 { channel email emotion +1 expands c }
              }
              stage s2 "Two" {
                owner @ops
                step a3 { channel web emotion 0 pain "No severity" }
              }
              opportunity o1 { addresses p1 owner @cx value customer 80% business 40% effort 2w }
              opportunity o2 { owner @ops value customer 60% effort 2w due 2026-11-01 status planned }
              opportunity o3 { owner @cx value customer 100% effort 1d status done }
            }
            """;
    static final String B = """
            journey b "Detail B" {
              owner @ops
              reviewed 2026-05-01
              stage t {
                step b1 { channel web emotion -3 pain "Crit" severity critical pain "Low" severity low expands d }
                step b2 { emotion +2 }
              }
              opportunity q1 { owner @ops value customer 90% effort 3d }
              opportunity q2 { owner @ops effort 1w }
              opportunity q3 { owner @ops value business 50% }
            }
            """;
    static final String C = """
            journey c "Detail C" {
              owner @ops
              stage u { step c1 { channel phone emotion 1 metric wait = 30 target 10 } }
              opportunity r1 { owner @ops value customer 30% business 30% effort 1w due 2026-10-01 status in-progress }
            }
            """;
    static final String D = """
            journey d "Detail D" {
              owner @ops
              reviewed 2026-08-30
              stage v { step d1 { emotion 0 } }
            }
            """;
    static final String E = """
            journey e "Standalone" {
              owner @cx
              reviewed 2026-11-20
              stage w { step e1 { channel email emotion -1 } }
            }
            """;

    static Portfolio portfolio(String... texts) {
        List<ParseResult> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) files.add(SourceParser.parse("f" + i + ".journey", texts[i].getBytes(StandardCharsets.UTF_8)));
        Workspace ws = new Workspace(files);
        List<JourneyView> views = ws.journeys().values().stream().map(j -> new JourneyView(ws, j, Policy.defaults(), AS_OF)).toList();
        return Portfolio.of(views, AS_OF);
    }

    static JsonNode json(Portfolio p) throws Exception {
        return MAPPER.readTree(PortfolioJson.render(p));
    }

    @Test
    void theHierarchyIsDepthFirstFromTheRootsWithLevelsAndLinks() throws Exception {
        JsonNode h = json(portfolio(A, B, C, D, E)).get("hierarchy");
        List<String> rows = new ArrayList<>();
        h.forEach(n -> rows.add(n.get("journey").asText() + " " + n.get("level").asInt() + " " + n.get("review").asText()
                + " parents=" + n.get("parents").findValuesAsText("step") + " children=" + n.get("children").findValuesAsText("journey")));
        assertThat(rows).containsExactly(
                "a 1 current parents=[] children=[b, c]",
                "b 2 stale parents=[a1] children=[d]",
                "d 3 due-soon parents=[b1] children=[]",
                "c 2 missing parents=[a2] children=[]",
                "e 1 current parents=[] children=[]");
    }

    @Test
    void touchpointsCountStepsPerChannelMostFirstAndNoChannelLast() throws Exception {
        JsonNode t = json(portfolio(A, B, C, D, E)).get("touchpoints");
        List<String> rows = new ArrayList<>();
        t.forEach(c -> rows.add(c.get("channel").asText() + " " + c.get("steps").asInt() + " mean " + c.get("emotion").get("mean").asText()
                + " " + c.get("emotion").get("min").asText() + ".." + c.get("emotion").get("max").asText()
                + " journeys=" + c.get("journeys").findValuesAsText("journey")));
        assertThat(rows).containsExactly(
                "web 3 mean -1.67 -3..0 journeys=[a, b]",
                "email 2 mean 0 -1..1 journeys=[a, e]",
                "phone 1 mean 1 1..1 journeys=[c]",
                "null 2 mean 1 0..2 journeys=[b, d]");
        JsonNode webInA = t.get(0).get("journeys").get(0);
        assertThat(webInA.get("stages").findValuesAsText("stage")).containsExactly("s1", "s2");
        assertThat(webInA.get("steps").asInt()).isEqualTo(2);
    }

    @Test
    void theHeatmapHasEveryStageWithItsCountAndWorstSeverity() throws Exception {
        JsonNode pains = json(portfolio(A, B, C, D, E)).get("pains");
        List<String> cells = new ArrayList<>();
        pains.forEach(r -> r.get("stages").forEach(s -> cells.add(r.get("journey").asText() + "." + s.get("stage").asText()
                + " " + s.get("count").asInt() + " " + s.get("worst").asText())));
        assertThat(cells).containsExactly("a.s1 1 high", "a.s2 1 medium", "b.t 2 critical", "d.v 0 null", "c.u 0 null", "e.w 0 null");
        assertThat(pains.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(pains.get(0).get("worst").asText()).isEqualTo("high");
        assertThat(pains.get(1).get("stages").get(0).get("bySeverity").toString()).isEqualTo("{\"low\":1,\"medium\":0,\"high\":0,\"critical\":1}");
        assertThat(pains.get(0).get("stages").get(0).get("pains").get(0).get("addressedBy").toString()).isEqualTo("[\"o1\"]");
    }

    @Test
    void theBacklogRanksByScoreThenValueEffortDueJourneyAndIdAndLeavesClosedOnesOut() throws Exception {
        JsonNode p = json(portfolio(A, B, C, D, E));
        List<String> ranks = new ArrayList<>();
        p.get("backlog").forEach(o -> ranks.add(o.get("rank").asInt() + " " + o.get("journey").asText() + "." + o.get("id").asText()
                + " score " + o.get("score").asText() + (o.get("overdue").asBoolean() ? " overdue" : "")));
        assertThat(ranks).containsExactly(
                "1 b.q1 score 150",
                "2 a.o2 score 30 overdue",
                "3 a.o1 score 30",
                "4 c.r1 score 30 overdue",
                "5 b.q3 score null",
                "6 b.q2 score null");
        assertThat(p.get("closed").findValuesAsText("id")).containsExactly("o3");
        assertThat(p.get("closed").get(0).get("rank").isNull()).isTrue();
        JsonNode o1 = p.get("backlog").get(2);
        assertThat(o1.get("value").toString()).isEqualTo("{\"customer\":80,\"business\":40,\"mean\":60}");
        assertThat(o1.get("effortDays").asInt()).isEqualTo(10);
        assertThat(o1.get("addresses").get(0).get("kind").asText()).isEqualTo("pain");
    }

    @Test
    void eachOwnersQueuePutsStaleThenMissingReviewsThenOverdueOpportunitiesThenDueSoonReviews() throws Exception {
        JsonNode owners = json(portfolio(A, B, C, D, E)).get("owners");
        assertThat(owners.findValuesAsText("owner")).containsExactly("@cx", "@ops");
        JsonNode ops = owners.get(1);
        List<String> queue = new ArrayList<>();
        ops.get("queue").forEach(a -> queue.add(a.get("reason").asText() + " " + a.get("journey").asText()
                + (a.get("opportunity").isNull() ? "" : "." + a.get("opportunity").asText()) + " " + a.get("due").asText()));
        assertThat(queue).containsExactly(
                "stale-review b 2026-07-30",
                "missing-review c null",
                "overdue-opportunity c.r1 2026-10-01",
                "overdue-opportunity a.o2 2026-11-01",
                "review-due-soon d 2026-11-28");
        assertThat(ops.get("journeys").toString()).isEqualTo("[\"b\",\"d\",\"c\"]");
        assertThat(ops.get("stages").findValuesAsText("stage")).containsExactly("s2", "t", "v", "u");
        assertThat(ops.get("steps").findValuesAsText("step")).containsExactly("a3", "b1", "b2", "d1", "c1");
        assertThat(ops.get("opportunities").findValuesAsText("id")).containsExactly("o2", "q1", "q2", "q3", "r1");
        JsonNode cx = owners.get(0);
        assertThat(cx.get("queue").size()).isZero();
        assertThat(cx.get("journeys").toString()).isEqualTo("[\"a\",\"e\"]");
        assertThat(cx.get("steps").findValuesAsText("step")).containsExactly("a1", "a2", "e1");
        assertThat(cx.get("opportunities").findValuesAsText("id")).containsExactly("o1", "o3");
    }

    @Test
    void metricsCarryTheirValueTargetAndGap() throws Exception {
        JsonNode m = json(portfolio(A, B, C, D, E)).get("metrics");
        List<String> rows = new ArrayList<>();
        m.forEach(r -> rows.add(r.get("journey").asText() + " " + r.get("step").asText() + " " + r.get("name").asText() + " "
                + r.get("value").get("text").asText() + " -> " + r.get("target").get("text").asText() + " gap " + r.get("gap").asText()));
        assertThat(rows).containsExactly("a null nps 20 -> 40 gap 20", "c c1 wait 30 -> 10 gap -20");
    }

    @Test
    void theJsonMatchesItsSchemaAndIsTheSameBytesEveryTime() throws Exception {
        Portfolio p = portfolio(A, B, C, D, E);
        byte[] once = PortfolioJson.render(p);
        assertThat(PortfolioJson.render(portfolio(A, B, C, D, E))).isEqualTo(once);
        try (InputStream in = PortfolioJson.class.getResourceAsStream(PortfolioJson.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema shipped in the jar").isNotNull();
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            assertThat(schema.validate(MAPPER.readTree(once))).isEmpty();
            assertThat(schema.validate(MAPPER.readTree(PortfolioJson.render(portfolio())))).as("an empty portfolio").isEmpty();
        }
        JsonNode summary = MAPPER.readTree(once).get("summary");
        assertThat(summary.toString()).isEqualTo("{\"journeys\":5,\"steps\":8,\"pains\":4,\"openOpportunities\":6,\"closedOpportunities\":1,\"owners\":2}");
    }

    @Test
    void aCycleStillGivesEveryJourneyOnePlace() throws Exception {
        String x = "journey x { owner @a stage s { step s1 { expands y } } }\n";
        String y = "journey y { owner @a stage s { step s1 { expands x } } }\n";
        JsonNode h = json(portfolio(x, y)).get("hierarchy");
        assertThat(List.of(h.get(0).get("journey").asText(), h.get(1).get("journey").asText())).containsExactly("x", "y");
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.get(1).get("level").asInt()).isEqualTo(2);
        assertThat(h.get(1).get("children").size()).as("the link that closes the cycle is left out").isZero();
    }

    /** Listed first, so z comes before a in hierarchy order: every tie below is broken by id, not by that order. */
    static final String TIES_Z = """
            journey z "Zed" {
              owner @b
              reviewed 2026-05-01
              stage empty "Empty stage" { }
              stage s "Two criticals" {
                step z1 { channel sms pain "One" severity critical pain "Two" severity critical }
                step z2 { channel app pain "No severity" }
              }
              opportunity t2 { owner @b value customer 50% effort 1w }
              opportunity t1 { owner @b value customer 50% effort 1w }
              opportunity n2 { owner @b }
              opportunity n1 { owner @b due 2026-12-01 }
              opportunity n0 { owner @b due 2026-11-30 }
              opportunity v1 { owner @b value customer 10% }
              opportunity e1 { owner @b effort 1d }
            }
            """;
    static final String TIES_A = """
            journey a "Ay" {
              owner @b
              reviewed 2026-05-01
              stage s { step a1 { channel app } step a2 { channel sms } }
              opportunity t1 { owner @a value customer 50% effort 5d }
              opportunity t0 { owner @a value business 50% effort 40h }
            }
            """;

    @Test
    void tiesEmptyStagesEqualSeveritiesAndMissingValuesGiveTheDocumentedAnswers() throws Exception {
        JsonNode p = json(portfolio(TIES_Z, TIES_A));
        assertThat(p.get("hierarchy").findValuesAsText("journey")).containsExactly("z", "a");
        List<String> ranks = new ArrayList<>();
        p.get("backlog").forEach(o -> ranks.add(o.get("rank").asInt() + " " + o.get("journey").asText() + "." + o.get("id").asText()
                + " " + o.get("score").asText() + " due " + o.get("due").asText()));
        assertThat(ranks).as("equal scores, values and efforts: journey id, then opportunity id; unscored: value first, then effort, then due date")
                .containsExactly(
                        "1 a.t0 50 due null",
                        "2 a.t1 50 due null",
                        "3 z.t1 50 due null",
                        "4 z.t2 50 due null",
                        "5 z.v1 null due null",
                        "6 z.e1 null due null",
                        "7 z.n0 null due 2026-11-30",
                        "8 z.n1 null due 2026-12-01",
                        "9 z.n2 null due null");
        JsonNode z = p.get("pains").get(0);
        assertThat(z.get("count").asInt()).isEqualTo(3);
        assertThat(z.get("worst").asText()).isEqualTo("critical");
        JsonNode empty = z.get("stages").get(0);
        assertThat(empty.get("stage").asText()).isEqualTo("empty");
        assertThat(empty.get("count").asInt()).isZero();
        assertThat(empty.get("worst").isNull()).isTrue();
        assertThat(z.get("stages").get(1).get("bySeverity").toString()).isEqualTo("{\"low\":0,\"medium\":1,\"high\":0,\"critical\":2}");
        JsonNode a = p.get("pains").get(1);
        assertThat(a.get("count").asInt()).as("a journey without pains").isZero();
        assertThat(a.get("worst").isNull()).isTrue();
        assertThat(a.get("stages").get(0).get("pains").size()).isZero();
        List<String> channels = new ArrayList<>();
        p.get("touchpoints").forEach(c -> channels.add(c.get("channel").asText() + " " + c.get("steps").asInt() + " rated "
                + c.get("emotion").get("rated").asInt() + " mean " + c.get("emotion").get("mean").asText()
                + " " + c.get("journeys").findValuesAsText("journey")));
        assertThat(channels).as("equal step counts: by name").containsExactly("app 2 rated 0 mean null [z, a]", "sms 2 rated 0 mean null [z, a]");
        List<String> queue = new ArrayList<>();
        p.get("owners").get(1).get("queue").forEach(q -> queue.add(q.get("reason").asText() + " " + q.get("journey").asText() + " " + q.get("due").asText()));
        assertThat(p.get("owners").findValuesAsText("owner")).containsExactly("@a", "@b");
        assertThat(queue).as("the same due date: by journey id").containsExactly("stale-review a 2026-07-30", "stale-review z 2026-07-30");
        assertThat(p.get("owners").get(0).get("queue").size()).isZero();
        assertThat(p.get("summary").toString())
                .isEqualTo("{\"journeys\":2,\"steps\":4,\"pains\":3,\"openOpportunities\":9,\"closedOpportunities\":0,\"owners\":2}");
    }
}
