package dev.waymark.cli;

/** The exit codes of TOOLS.md. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
