package dev.waymark;

import dev.waymark.check.ChangeHistory;
import dev.waymark.check.CheckContext;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Checker;
import dev.waymark.check.Rules;
import dev.waymark.check.Summary;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The library's front door: the CLI and the Maven plugin call these, and nothing else does
 * more than they do. text -> tokens -> syntax tree -> workspace -> diagnostics.
 */
public final class Waymark {
    private Waymark() {
    }

    /** What to check and against what: paths, policy, the "as of" date, history and rules. */
    public record CheckRequest(List<Path> paths, Path workingDir, Policy policy, LocalDate asOf,
                               ChangeHistory history, Rules rules) {

        public static CheckRequest of(List<Path> paths, Path workingDir) {
            return new CheckRequest(paths, workingDir, Policy.defaults(), today(), ChangeHistory.NONE, Rules.load());
        }

        public CheckRequest withPolicy(Policy p) {
            return new CheckRequest(paths, workingDir, p, asOf, history, rules);
        }

        public CheckRequest withAsOf(LocalDate d) {
            return new CheckRequest(paths, workingDir, policy, d, history, rules);
        }

        public CheckRequest withHistory(ChangeHistory h) {
            return new CheckRequest(paths, workingDir, policy, asOf, h, rules);
        }

        public CheckRequest withRules(Rules r) {
            return new CheckRequest(paths, workingDir, policy, asOf, history, r);
        }
    }

    /** Today in UTC: review dates never depend on the machine's time zone. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static CheckResult check(CheckRequest request) throws InputException {
        Workspace workspace = WorkspaceLoader.load(request.paths(), request.workingDir());
        return check(workspace, request);
    }

    public static CheckResult check(Workspace workspace, CheckRequest request) {
        CheckContext context = new CheckContext(workspace, request.policy(), request.asOf(), request.history(), request.workingDir());
        List<Diagnostic> diagnostics = Checker.run(context, request.rules());
        Summary summary = Summary.of(workspace.files().size(), workspace.allJourneys().size(), diagnostics);
        return new CheckResult(workspace, diagnostics, summary);
    }
}
