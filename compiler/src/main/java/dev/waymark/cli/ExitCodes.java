package dev.waymark.cli;

/** The exit codes of docs/rules.md ("Output formats and exit codes"): 0 clean, 1 findings at the failing level, 2 bad input or usage. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
