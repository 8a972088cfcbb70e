package dev.waymark.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * The machine-readable diff, shaped by the JSON Schema shipped at
 * {@value #SCHEMA}. Absent values are left out rather than written as null; keys come in a
 * fixed order, so the same diff gives the same bytes.
 */
public final class DiffJson {
    public static final String SCHEMA = "/dev/waymark/diff/diff.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffJson() {
    }

    public static ObjectNode tree(DiffReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", report.asOf().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("breaking", report.count(Level.BREAKING));
        summary.put("notable", report.count(Level.NOTABLE));
        summary.put("info", report.count(Level.INFO));
        ArrayNode journeys = root.putArray("journeys");
        for (DiffReport.Group g : report.groups()) {
            if (g.journey().isEmpty()) continue;
            ObjectNode j = journeys.addObject();
            j.put("id", g.journey().get());
            g.title().ifPresent(t -> j.put("title", t));
            j.put("breaking", g.count(Level.BREAKING));
            j.put("notable", g.count(Level.NOTABLE));
            j.put("info", g.count(Level.INFO));
        }
        ArrayNode changes = root.putArray("changes");
        for (Change c : report.changes()) {
            ObjectNode n = changes.addObject();
            put(n, "journey", c.journey());
            n.put("element", c.element().label());
            n.put("id", c.id());
            put(n, "title", c.title());
            put(n, "parent", c.parent());
            n.put("change", c.change().label());
            put(n, "field", c.field());
            put(n, "old", c.before());
            put(n, "new", c.after());
            n.put("level", c.level().label());
        }
        return root;
    }

    public static String render(DiffReport report) {
        try {
            return MAPPER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode n, String key, Optional<String> value) {
        value.ifPresent(v -> n.put(key, v));
    }
}
