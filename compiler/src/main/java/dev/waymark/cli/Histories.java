package dev.waymark.cli;

import dev.waymark.Waymark;
import dev.waymark.history.GitChangeHistory;

import java.nio.file.Path;

/** The file history the CLI hands to history-aware rules: the git repository around the working folder. */
final class Histories {
    private Histories() {
    }

    static GitChangeHistory forCli(Path workingDir) {
        return GitChangeHistory.open(workingDir, Waymark.today());
    }
}
