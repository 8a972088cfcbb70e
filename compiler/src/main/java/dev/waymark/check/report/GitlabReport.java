package dev.waymark.check.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waymark.check.CheckResult;
import dev.waymark.check.FindingKey;
import dev.waymark.model.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * `--format gitlab`: a GitLab Code Quality report (the `artifacts:reports:codequality` JSON):
 * one issue per diagnostic with `description`, `check_name`, `fingerprint` (the SARIF one: rule,
 * file and element, not the line), `severity` and `location.path` relative to the repository
 * root with `location.lines.begin`.
 */
public final class GitlabReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GitlabReport() {
    }

    public static String render(CheckResult result, Path workingDir) {
        SarifUris uris = SarifUris.of(workingDir);
        ArrayNode issues = MAPPER.createArrayNode();
        List<FindingKey> keys = FindingKey.of(result.workspace(), result.diagnostics());
        for (int i = 0; i < result.diagnostics().size(); i++) {
            Diagnostic d = result.diagnostics().get(i);
            ObjectNode n = issues.addObject();
            n.put("type", "issue");
            n.put("description", d.message());
            n.put("check_name", d.rule().id());
            n.putArray("categories").add("Clarity");
            n.put("fingerprint", SarifReport.fingerprint(keys.get(i)));
            n.put("severity", severity(d));
            ObjectNode location = n.putObject("location");
            location.put("path", uris.path(d.span().file()));
            ObjectNode lines = location.putObject("lines");
            lines.put("begin", d.span().line());
            lines.put("end", Math.max(d.span().line(), d.span().endLine()));
        }
        try {
            return MAPPER.writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GitLab's scale is info, minor, major, critical, blocker; an error blocks a check, so it is critical. */
    private static String severity(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "critical";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
