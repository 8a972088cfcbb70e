package dev.waymark.check;

import dev.waymark.Waymark;
import dev.waymark.config.Policy;
import dev.waymark.config.PolicyYaml;
import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks journey text held in memory, with a policy and a fixed "as of" date. */
public final class Fixture {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private Fixture() {
    }

    public static CheckResult check(Policy policy, String... files) {
        return check(policy, Rules.load(), files);
    }

    public static CheckResult check(Policy policy, Rules rules, String... files) {
        List<ParseResult> parsed = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            parsed.add(SourceParser.parse("f" + i + ".journey", files[i].getBytes(StandardCharsets.UTF_8)));
        }
        Waymark.CheckRequest request = Waymark.CheckRequest.of(List.of(), Path.of("."))
                .withPolicy(policy).withAsOf(AS_OF).withRules(rules);
        return Waymark.check(new Workspace(parsed), request);
    }

    public static List<Diagnostic> diagnostics(String... files) {
        return check(Policy.defaults(), files).diagnostics();
    }

    public static Policy policy(String yaml) {
        try {
            return PolicyYaml.parse(yaml.getBytes(StandardCharsets.UTF_8), "waymark.yaml", Rules.load().ids());
        } catch (dev.waymark.InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** "rule line:column severity" of each diagnostic of one rule, the form tests compare. */
    public static List<String> of(String rule, List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.rule().id().equals(rule))
                .map(d -> d.rule() + " " + d.span().line() + ":" + d.span().column() + " " + d.severity().label()).toList();
    }
}
