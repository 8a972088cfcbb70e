package dev.waymark.check.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Fixture;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF locations from the repository root, from a subfolder, outside git, with hostile file names. */
class SarifLocationsTest {
    static final String HOSTILE = "a b:c,d%e#f \u00e4\u6f22.journey";
    static final String MAP = "journey j {\n  owner @x\n  stage s { step a { } }\n}\n";

    private static JsonNode sarif(Path workingDir, Path... roots) throws Exception {
        CheckResult result = Waymark.check(Waymark.CheckRequest.of(List.of(roots), workingDir).withAsOf(Fixture.AS_OF));
        assertThat(result.diagnostics()).isNotEmpty();
        JsonNode tree = new ObjectMapper().readTree(SarifReport.render(result, Rules.load(), Policy.defaults(), workingDir));
        try (InputStream in = SarifLocationsTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(tree)).isEmpty();
        }
        return tree;
    }

    private static Set<String> uris(JsonNode tree) {
        Set<String> uris = new TreeSet<>();
        for (JsonNode r : tree.get("runs").get(0).get("results")) {
            JsonNode a = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            uris.add(a.get("uri").asText() + (a.has("uriBaseId") ? " @" + a.get("uriBaseId").asText() : ""));
        }
        return uris;
    }

    private static Path repo(Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path maps = Files.createDirectories(dir.resolve("maps/sub folder"));
        Files.writeString(maps.resolve(HOSTILE), MAP, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("maps/plain.journey"), MAP.replace("journey j", "journey k"), StandardCharsets.UTF_8);
        return dir;
    }

    static final String ENCODED = "maps/sub%20folder/a%20b%3Ac%2Cd%25e%23f%20%C3%A4%E6%BC%A2.journey";

    @Test
    void fromTheRootAndFromASubfolderUrisAreRelativeToTheRepository(@TempDir Path tmp) throws Exception {
        Path root = repo(tmp);
        Set<String> fromRoot = uris(sarif(root, Path.of(".")));
        assertThat(fromRoot).containsExactlyInAnyOrder(ENCODED + " @%SRCROOT%", "maps/plain.journey @%SRCROOT%");
        Set<String> fromSub = uris(sarif(root.resolve("maps/sub folder"), Path.of("."), Path.of("../plain.journey")));
        assertThat(fromSub).isEqualTo(fromRoot);
        // a repository-relative URI needs no base of its own: code scanning resolves it against the checkout
        assertThat(sarif(root.resolve("maps"), Path.of(".")).get("runs").get(0).has("originalUriBaseIds")).isFalse();
        // and it decodes back to the file's real name
        assertThat(URI.create(ENCODED).getPath()).isEqualTo("maps/sub folder/" + HOSTILE);
    }

    @Test
    void outsideGitTheWorkingFolderIsTheNamedBase(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("no git"));
        Files.writeString(dir.resolve(HOSTILE), MAP, StandardCharsets.UTF_8);
        JsonNode tree = sarif(dir, Path.of("."));
        if (SarifUris.gitRoot(dir).isPresent()) return; // the temp folder sits inside some repository: nothing to see
        assertThat(uris(tree)).containsExactly("a%20b%3Ac%2Cd%25e%23f%20%C3%A4%E6%BC%A2.journey @%SRCROOT%");
        String base = tree.get("runs").get(0).get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText();
        assertThat(base).startsWith("file:///").endsWith("/no%20git/");
        assertThat(Path.of(URI.create(base))).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void filesOutsideTheBaseGetAbsoluteFileUris(@TempDir Path tmp) throws Exception {
        Path root = repo(tmp.resolve("repo"));
        Path elsewhere = Files.createDirectories(tmp.resolve("else where"));
        Files.writeString(elsewhere.resolve("x#1.journey"), MAP, StandardCharsets.UTF_8);
        Set<String> uris = uris(sarif(root, elsewhere));
        assertThat(uris).hasSize(1);
        String uri = uris.iterator().next();
        assertThat(uri).startsWith("file:///").endsWith("/else%20where/x%231.journey");
        assertThat(Path.of(URI.create(uri))).isEqualTo(elsewhere.resolve("x#1.journey").toAbsolutePath());
    }

    @Test
    void fingerprintsDependOnRuleAndElementNotOnLines() throws Exception {
        JsonNode before = new ObjectMapper().readTree(SarifReport.render(Fixture.check(Policy.defaults(), MAP), Rules.load(), Policy.defaults()));
        String moved = "// notes\n\n" + MAP.replace("stage s { step a { } }", "\n\n  stage s {\n    step a {\n    }\n  }");
        JsonNode after = new ObjectMapper().readTree(SarifReport.render(Fixture.check(Policy.defaults(), moved), Rules.load(), Policy.defaults()));
        assertThat(fingerprints(after)).isEqualTo(fingerprints(before));
        assertThat(fingerprints(before)).doesNotHaveDuplicates();
    }

    private static List<String> fingerprints(JsonNode tree) {
        return tree.findValues("partialFingerprints").stream().map(JsonNode::toString).sorted().toList();
    }

    @Test
    void gitlabCodeQualityHasTheFieldsGitlabReads(@TempDir Path tmp) throws Exception {
        Path root = repo(tmp);
        CheckResult result = Waymark.check(Waymark.CheckRequest.of(List.of(Path.of(".")), root.resolve("maps")).withAsOf(Fixture.AS_OF));
        JsonNode issues = new ObjectMapper().readTree(GitlabReport.render(result, root.resolve("maps")));
        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(result.diagnostics().size());
        Set<String> fingerprints = new TreeSet<>();
        for (JsonNode i : issues) {
            assertThat(i.get("description").asText()).isNotBlank();
            assertThat(i.get("check_name").asText()).isNotBlank();
            assertThat(i.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(i.get("location").get("path").asText()).isIn("maps/sub folder/" + HOSTILE, "maps/plain.journey");
            assertThat(i.get("location").get("lines").get("begin").asInt()).isPositive();
            fingerprints.add(i.get("fingerprint").asText());
        }
        assertThat(fingerprints).hasSize(issues.size());
        JsonNode review = null;
        for (JsonNode i : issues) if (i.get("check_name").asText().equals("missing-review")) review = i;
        assertThat(review).isNotNull();
        assertThat(review.get("severity").asText()).isEqualTo("critical");
    }
}
