package dev.waymark.check.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waymark.check.CheckResult;
import dev.waymark.check.FindingKey;
import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule is
 * described (summary, the opening of its `explain` page, the whole page as help, its configured
 * level); results carry repo-relative URIs, regions in code points and a partial fingerprint
 * that survives lines moving, so an alert keeps its identity between pushes.
 */
public final class SarifReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "waymark/v1";

    private SarifReport() {
    }

    public static String render(CheckResult result, Rules rules, Policy policy) {
        return render(result, rules, policy, null);
    }

    /**
     * With the working folder the shown paths are relative to, URIs become relative to the git
     * repository holding it (what code scanning resolves against), else to that folder, which
     * `originalUriBaseIds` then names.
     */
    public static String render(CheckResult result, Rules rules, Policy policy, Path workingDir) {
        try {
            return MAPPER.writeValueAsString(tree(result, rules, policy, workingDir)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(CheckResult result, Rules rules, Policy policy) {
        return tree(result, rules, policy, null);
    }

    public static ObjectNode tree(CheckResult result, Rules rules, Policy policy, Path workingDir) {
        SarifUris uris = SarifUris.of(workingDir);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "waymark");
        String version = Optional.ofNullable(SarifReport.class.getPackage().getImplementationVersion()).orElse("0.0.0-dev");
        driver.put("version", version);
        ArrayNode descriptors = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule rule : rules.all()) {
            index.put(rule.id(), index.size());
            descriptor(descriptors.addObject(), rule, policy);
        }
        uris.baseUri().ifPresent(base -> run.putObject("originalUriBaseIds").putObject(SarifUris.BASE).put("uri", base));
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        // baselined findings stay in the log as externally suppressed, so viewers show them as accepted
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(result.baselined());
        all.sort(Diagnostic.ORDER);
        Set<Diagnostic> baselined = Collections.newSetFromMap(new IdentityHashMap<>());
        baselined.addAll(result.baselined());
        List<FindingKey> keys = FindingKey.of(result.workspace(), all);
        for (int n = 0; n < all.size(); n++) {
            Diagnostic d = all.get(n);
            ObjectNode r = results.addObject();
            r.put("ruleId", d.rule().id());
            Integer i = index.get(d.rule().id());
            if (i != null) r.put("ruleIndex", i);
            r.put("level", level(d.severity()));
            r.putObject("message").put("text", d.message() + d.help().map(h -> "\nhelp: " + h).orElse(""));
            location(r.putArray("locations").addObject(), d.span(), uris);
            if (!d.related().isEmpty()) {
                ArrayNode related = r.putArray("relatedLocations");
                int id = 1;
                for (Diagnostic.Related rel : d.related()) {
                    ObjectNode l = related.addObject();
                    l.put("id", id++);
                    location(l, rel.span(), uris);
                    l.putObject("message").put("text", rel.message());
                }
            }
            r.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(keys.get(n)));
            if (!result.baselined().isEmpty()) r.put("baselineState", baselined.contains(d) ? "unchanged" : "new");
            if (baselined.contains(d)) {
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", "recorded in the Waymark baseline");
            }
        }
        return root;
    }

    private static void descriptor(ObjectNode n, Rule rule, Policy policy) {
        n.put("id", rule.id());
        n.put("name", pascal(rule.id()));
        n.putObject("shortDescription").put("text", sentence(rule.summary()));
        String page = rule.explanation().strip();
        n.putObject("fullDescription").put("text", firstParagraph(page).orElse(sentence(rule.summary())));
        ObjectNode help = n.putObject("help");
        help.put("text", page);
        help.put("markdown", page);
        ObjectNode config = n.putObject("defaultConfiguration");
        Optional<Severity> level = policy.severityOf(rule.ruleId(), rule.defaultSeverity());
        config.put("enabled", level.isPresent());
        config.put("level", level.map(SarifReport::level).orElse("none"));
        n.putObject("properties").putArray("tags").add("journey-map");
    }

    private static void location(ObjectNode holder, SourceSpan s, SarifUris uris) {
        ObjectNode physical = holder.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        SarifUris.Uri uri = uris.of(s.file());
        artifact.put("uri", uri.uri());
        if (uri.relative()) artifact.put("uriBaseId", SarifUris.BASE);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", s.line());
        region.put("startColumn", s.column());
        region.put("endLine", s.endLine());
        region.put("endColumn", s.line() == s.endLine() ? Math.max(s.endColumn(), s.column() + 1) : Math.max(1, s.endColumn()));
    }

    /** A `/`-separated relative path as a URI reference: spaces and non-ASCII percent-encoded. */
    static String relativeUri(String path) {
        return SarifUris.encode(path);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Rule, file and element id (never the line): stable when lines above are added or removed. */
    static String fingerprint(FindingKey key) {
        return sha256(key.rule().id() + "\u0000" + key.file() + "\u0000" + key.element() + "\u0000" + key.occurrence());
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pascal(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return t;
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    /** The first prose paragraph under the page's first `##` heading ("What it checks"). */
    static Optional<String> firstParagraph(String page) {
        List<String> lines = page.lines().toList();
        StringBuilder para = new StringBuilder();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (inSection && para.length() > 0) break;
                inSection = true;
                continue;
            }
            if (!inSection) continue;
            if (line.isBlank()) {
                if (para.length() > 0) break;
                continue;
            }
            if (line.startsWith("```") || line.startsWith("#")) break;
            if (para.length() > 0) para.append(' ');
            para.append(line.strip());
        }
        return para.length() == 0 ? Optional.empty() : Optional.of(para.toString());
    }
}
