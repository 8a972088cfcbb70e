package dev.waymark.check;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;

import java.util.List;

/** The closing counts of a check run. */
public record Summary(int files, int journeys, int errors, int warnings, int infos) {

    public static Summary of(int files, int journeys, List<Diagnostic> diagnostics) {
        int e = 0, w = 0, i = 0;
        for (Diagnostic d : diagnostics) {
            switch (d.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        return new Summary(files, journeys, e, w, i);
    }

    /** True when some diagnostic is at or above the fail level. */
    public boolean failsAt(Severity failOn) {
        return switch (failOn) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            case INFO -> errors + warnings + infos > 0;
        };
    }
}
