package dev.waymark.render.portfolio;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The four spreadsheets: a header, one row per element in the documented order, UTF-8, no formulas. */
class PortfolioCsvTest {

    static List<String> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void stepsPainsOpportunitiesAndMetricsHaveAHeaderAndARowEach() {
        Portfolio p = PortfolioTest.portfolio(PortfolioTest.A, PortfolioTest.B, PortfolioTest.C, PortfolioTest.D, PortfolioTest.E);
        List<String> steps = lines(PortfolioCsv.steps(p));
        assertThat(steps.get(0)).isEqualTo("journey,stage,step,title,lane,channel,touchpoint,owner,emotion,emotion_target,pains,worst_severity,expands");
        assertThat(steps).hasSize(1 + 8);
        assertThat(steps.get(1)).isEqualTo("a,s1,a1,a1,customer,web,,@cx,-2,,1,high,b");
        List<String> pains = lines(PortfolioCsv.pains(p));
        assertThat(pains).hasSize(1 + 4);
        assertThat(pains.get(2)).isEqualTo("a,s2,a3,,No severity,medium,,");
        List<String> opportunities = lines(PortfolioCsv.opportunities(p));
        assertThat(opportunities.get(0)).startsWith("rank,journey,id,title,status,owner,due,overdue,value_customer");
        assertThat(opportunities.subList(1, opportunities.size())).extracting(l -> l.split(",")[0] + " " + l.split(",")[2])
                .containsExactly("1 q1", "2 o2", "3 o1", "4 r1", "5 q3", "6 q2", " o3");
        assertThat(lines(PortfolioCsv.metrics(p))).containsExactly("journey,stage,step,metric,value,target,gap",
                "a,,,nps,20,40,20", "c,u,c1,wait,30,10,-20");
    }

    @Test
    void textThatASpreadsheetWouldRunIsKeptAsTextAndUnicodeSurvives() {
        Portfolio p = PortfolioTest.portfolio("journey j { owner @x stage s { step a \"=HYPERLINK(\\\"x\\\")\" { pain \"Zahlung schlägt fehl, 日本\" } } }\n");
        assertThat(lines(PortfolioCsv.steps(p)).get(1)).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(lines(PortfolioCsv.pains(p)).get(1)).contains("Zahlung schlägt fehl, 日本");
    }
}
