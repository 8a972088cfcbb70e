package dev.waymark.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a small tree whose every key and value keeps its line and column, so that
 * a config error can point at the line that causes it (Jackson's own tree forgets locations).
 */
final class YamlTree {
    private YamlTree() {
    }

    /** 1-based line and column. */
    record Where(int line, int column) {
        static Where of(JsonLocation l) {
            return new Where(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
    }

    sealed interface Node permits Scalar, Mapping, Sequence {
        Where where();

        /** What the node is, for "expected a list, found a number" messages. */
        String describe();
    }

    /** A scalar: a String, Boolean, Long, Double, or null for an empty value. */
    record Scalar(Object value, Where where) implements Node {
        @Override
        public String describe() {
            if (value == null) return "nothing";
            if (value instanceof Boolean) return "a boolean (" + value + ")";
            if (value instanceof Number) return "a number (" + value + ")";
            return "the text '" + value + "'";
        }
    }

    record Entry(String key, Where keyWhere, Node value) {
    }

    record Mapping(Map<String, Entry> entries, Where where) implements Node {
        @Override
        public String describe() {
            return "a mapping of keys";
        }
    }

    record Sequence(List<Node> items, Where where) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A duplicate key, which YAML forbids and a reader must not silently resolve. */
    static final class DuplicateKey extends IOException {
        final String key;
        final Where where;

        DuplicateKey(String key, Where where) {
            super("the key `" + key + "` is given twice");
            this.key = key;
            this.where = where;
        }
    }

    /** The first document, or null when the text holds none; a repeated key keeps its first value and is added to `duplicates`. */
    static Node read(byte[] yaml, List<DuplicateKey> duplicates) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t = p.nextToken();
            return t == null ? null : node(p, t, duplicates);
        }
    }

    private static Node node(JsonParser p, JsonToken t, List<DuplicateKey> duplicates) throws IOException {
        Where where = Where.of(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    Where keyWhere = Where.of(p.currentTokenLocation());
                    Node value = node(p, p.nextToken(), duplicates);
                    if (entries.putIfAbsent(key, new Entry(key, keyWhere, value)) != null) duplicates.add(new DuplicateKey(key, keyWhere));
                }
                return new Mapping(entries, where);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) items.add(node(p, i, duplicates));
                return new Sequence(items, where);
            }
            case VALUE_TRUE:
                return new Scalar(Boolean.TRUE, where);
            case VALUE_FALSE:
                return new Scalar(Boolean.FALSE, where);
            case VALUE_NUMBER_INT:
                return new Scalar(p.getNumberValue(), where);
            case VALUE_NUMBER_FLOAT:
                return new Scalar(p.getNumberValue(), where);
            case VALUE_NULL:
                return new Scalar(null, where);
            default:
                return new Scalar(p.getText(), where);
        }
    }
}
