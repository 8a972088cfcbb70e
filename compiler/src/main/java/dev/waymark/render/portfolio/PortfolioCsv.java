package dev.waymark.render.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.waymark.model.Measure;
import dev.waymark.model.Pain;
import dev.waymark.model.PainSeverity;
import dev.waymark.model.Stage;
import dev.waymark.model.Step;
import dev.waymark.render.JourneyView;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * `--format csv`: the steps, pains, opportunities and metrics of every rendered journey as
 * four spreadsheets (UTF-8, a header row, `\n` line ends, RFC 4180 quoting), in hierarchy and
 * document order; opportunities in backlog order. A text cell that a spreadsheet would read as
 * a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
public final class PortfolioCsv {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /** File name → its content. */
    public static final Map<String, Function<Portfolio, byte[]>> FILES = Map.of(
            "steps.csv", PortfolioCsv::steps, "pains.csv", PortfolioCsv::pains,
            "opportunities.csv", PortfolioCsv::opportunities, "metrics.csv", PortfolioCsv::metrics);

    private PortfolioCsv() {
    }

    static byte[] steps(Portfolio p) {
        List<List<String>> rows = new ArrayList<>();
        for (JourneyView v : p.journeys()) {
            for (Stage stage : v.journey().stages()) {
                for (Step s : stage.steps()) {
                    rows.add(List.of(v.id(), stage.id(), s.id(), text(s.displayTitle()), s.laneName(), s.channel().orElse(""),
                            s.touchpoint().map(t -> t.value()).orElse(""), v.owner(s).map(o -> o.value()).orElse(""),
                            s.emotion().map(e -> num(e.score().value())).orElse(""),
                            s.emotion().flatMap(e -> e.target()).map(t -> num(t.value())).orElse(""),
                            Integer.toString(s.pains().size()),
                            s.pains().stream().map(Pain::severityOrMedium).max(Comparator.naturalOrder()).map(PainSeverity::word).orElse(""),
                            s.expands().map(x -> x.value()).orElse("")));
                }
            }
        }
        return write(List.of("journey", "stage", "step", "title", "lane", "channel", "touchpoint", "owner", "emotion", "emotion_target",
                "pains", "worst_severity", "expands"), rows);
    }

    static byte[] pains(Portfolio p) {
        List<List<String>> rows = new ArrayList<>();
        for (JourneyView v : p.journeys()) {
            for (Stage stage : v.journey().stages()) {
                for (Step s : stage.steps()) {
                    for (Pain pain : s.pains()) {
                        rows.add(List.of(v.id(), stage.id(), s.id(), pain.id().map(i -> i.value()).orElse(""), text(pain.text()),
                                pain.severityOrMedium().word(), pain.category().orElse(""),
                                v.addressedBy(pain, s).stream().map(v::idOf).collect(Collectors.joining(" "))));
                    }
                }
            }
        }
        return write(List.of("journey", "stage", "step", "id", "text", "severity", "category", "addressed_by"), rows);
    }

    static byte[] opportunities(Portfolio p) {
        List<List<String>> rows = new ArrayList<>();
        List<Backlog.Item> all = new ArrayList<>(p.backlog());
        all.addAll(p.closed());
        for (Backlog.Item i : all) {
            var value = i.opportunity().value();
            rows.add(List.of(i.rank() > 0 ? Integer.toString(i.rank()) : "", i.journey(), i.id(), text(i.opportunity().displayTitle()),
                    i.status().orElse(""), i.owner().orElse(""), i.opportunity().due().map(d -> d.text()).orElse(""),
                    Boolean.toString(i.overdue()),
                    value.flatMap(x -> x.customer()).map(m -> num(m.value())).orElse(""),
                    value.flatMap(x -> x.business()).map(m -> num(m.value())).orElse(""),
                    i.priority().value().map(PortfolioCsv::num).orElse(""),
                    i.opportunity().effort().map(e -> e.value().toString()).orElse(""),
                    i.priority().effortDays().map(PortfolioCsv::num).orElse(""),
                    i.priority().score().map(PortfolioCsv::num).orElse(""),
                    text(i.addresses().stream().map(a -> a.journey() + "." + a.id()).collect(Collectors.joining(" ")))));
        }
        return write(List.of("rank", "journey", "id", "title", "status", "owner", "due", "overdue", "value_customer", "value_business",
                "value", "effort", "effort_days", "score", "addresses"), rows);
    }

    static byte[] metrics(Portfolio p) {
        List<List<String>> rows = new ArrayList<>();
        for (Metrics.Row m : p.metrics()) {
            rows.add(List.of(m.journey(), m.stage().orElse(""), m.step().orElse(""), m.metric().name(), m.metric().value().text(),
                    m.metric().target().map(Measure::text).orElse(""), m.gap().map(PortfolioCsv::num).orElse("")));
        }
        return write(List.of("journey", "stage", "step", "metric", "value", "target", "gap"), rows);
    }

    private static byte[] write(List<String> header, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        header.forEach(schema::addColumn);
        try {
            return MAPPER.writer(schema.build()).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two decimals at most, as in the JSON: 1.67, 30, -2. */
    static String num(double v) {
        double r = Emotions.round(v);
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /** A cell a spreadsheet would take for a formula is kept as text. */
    static String text(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) return "'" + s;
        return s;
    }
}
