package dev.waymark.lsp;

import java.io.PrintStream;

/** The server's log: standard error, because standard output carries the protocol. */
final class Log {
    private static final PrintStream ERR = System.err;

    private Log() {
    }

    static void info(String message) {
        ERR.println("waymark lsp: " + message);
    }

    static void error(String what, Throwable e) {
        ERR.println("waymark lsp: " + what + ": " + e);
        e.printStackTrace(ERR);
    }
}
