package dev.waymark.check.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waymark.check.Summary;
import dev.waymark.model.Diagnostic;

import java.util.List;

/** `--format json`: the shape docs/rules.md describes, keys in a stable order, plus `help` and `related`. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static ObjectNode tree(List<Diagnostic> diagnostics, Summary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode n = list.addObject();
            n.put("rule", d.rule().id());
            n.put("severity", d.severity().label());
            n.put("file", d.span().file());
            n.put("line", d.span().line());
            n.put("column", d.span().column());
            n.put("endLine", d.span().endLine());
            n.put("endColumn", d.span().endColumn());
            n.put("message", d.message());
            d.help().ifPresent(h -> n.put("help", h));
            if (!d.related().isEmpty()) {
                ArrayNode related = n.putArray("related");
                for (Diagnostic.Related r : d.related()) {
                    ObjectNode rn = related.addObject();
                    rn.put("file", r.span().file());
                    rn.put("line", r.span().line());
                    rn.put("column", r.span().column());
                    rn.put("message", r.message());
                }
            }
        }
        ObjectNode s = root.putObject("summary");
        s.put("files", summary.files());
        s.put("journeys", summary.journeys());
        s.put("errors", summary.errors());
        s.put("warnings", summary.warnings());
        s.put("infos", summary.infos());
        return root;
    }

    public static String render(List<Diagnostic> diagnostics, Summary summary) {
        try {
            return MAPPER.writeValueAsString(tree(diagnostics, summary)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
