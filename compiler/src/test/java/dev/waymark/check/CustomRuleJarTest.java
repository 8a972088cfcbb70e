package dev.waymark.check;

import dev.waymark.model.RuleId;
import dev.waymark.Waymark;
import dev.waymark.config.Policy;
import dev.waymark.config.PolicyYaml;
import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extension point, end to end: a team's rule written against the public API, compiled
 * here into its own jar with a `META-INF/services` entry, found by {@link Rules#load(ClassLoader)},
 * run like a built-in rule, and configured from waymark.yaml's `rules:`.
 */
class CustomRuleJarTest {
    private static final String SOURCE = """
            package com.example.rules;

            import dev.waymark.check.CheckContext;
            import dev.waymark.check.Rule;
            import dev.waymark.model.Diagnostic;
            import dev.waymark.model.Journey;
            import dev.waymark.model.Severity;
            import java.util.function.Consumer;

            /** Every journey must carry a `tags` line, so the portfolio can be filtered. */
            public final class JourneyTagsRule implements Rule {
                public String id() { return "journey-tags"; }
                public Severity defaultSeverity() { return Severity.INFO; }
                public String summary() { return "a journey has no tags"; }
                public void check(CheckContext context, Consumer<Diagnostic> report) {
                    for (Journey j : context.workspace().allJourneys()) {
                        if (j.tags().isEmpty()) report.accept(problem(j.idSpan(), "journey `" + j.id() + "` has no tags"));
                    }
                }
            }
            """;

    @Test
    void aRuleFromItsOwnJarRunsAndTakesItsSeverityFromThePolicy(@TempDir Path dir) throws Exception {
        Path jar = buildJar(dir);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Rule.class.getClassLoader())) {
            Rules rules = Rules.load(loader);
            assertThat(rules.ids()).contains("journey-tags", "missing-owner");
            assertThat(Rules.load().ids()).as("not on the compiler's own class path").doesNotContain("journey-tags");

            Workspace ws = new Workspace(List.of(
                    SourceParser.parse("a.journey", "journey a { tags b2c }\njourney b { }\n".getBytes(StandardCharsets.UTF_8))));
            assertThat(check(ws, rules, Policy.defaults())).containsExactly("journey-tags 2:9 info");

            Policy raised = PolicyYaml.parse("rules:\n  journey-tags: error\n".getBytes(StandardCharsets.UTF_8), "waymark.yaml", rules.ids());
            assertThat(check(ws, rules, raised)).containsExactly("journey-tags 2:9 error");

            Policy off = PolicyYaml.parse("rules: { journey-tags: off }\n".getBytes(StandardCharsets.UTF_8), "waymark.yaml", rules.ids());
            assertThat(check(ws, rules, off)).isEmpty();

            assertThat(rules.find(RuleId.of("journey-tags")).orElseThrow().explanation()).as("a page of its own, or its summary")
                    .isEqualTo("a journey has no tags");
        }
    }

    private static List<String> check(Workspace ws, Rules rules, Policy policy) {
        var request = Waymark.CheckRequest.of(List.of(), Path.of(".")).withRules(rules).withPolicy(policy).withAsOf(Fixture.AS_OF);
        return Fixture.of("journey-tags", Waymark.check(ws, request).diagnostics());
    }

    /** Compiles the rule against the compiler's classes and packs it with its service entry. */
    private static Path buildJar(Path dir) throws Exception {
        Path src = dir.resolve("src/com/example/rules/JourneyTagsRule.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String api = Paths.get(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "--release", "17", "-classpath", api, "-d", classes.toString(), src.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        Path jar = dir.resolve("team-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("com/example/rules/JourneyTagsRule.class"));
            out.write(Files.readAllBytes(classes.resolve("com/example/rules/JourneyTagsRule.class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/dev.waymark.check.Rule"));
            out.write("com.example.rules.JourneyTagsRule\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
