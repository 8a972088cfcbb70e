package dev.waymark.resolve;

import dev.waymark.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder scan meets entries named *.journey that are not readable files. Tests run as root,
 * where permissions do not stop a read, so the cases are the ones root cannot read either.
 */
class UnreadableFilesTest {

    @Test
    @Timeout(30)
    void eachUnreadableEntryIsOneLocatedDiagnosticAndTheRestIsStillChecked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.journey"), "persona shopper \"Shopper\" { role \"Buys\" }\n");
        Files.createDirectory(dir.resolve("folder.journey"));
        Files.createSymbolicLink(dir.resolve("broken.journey"), dir.resolve("gone.journey"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.journey").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        Workspace ws = WorkspaceLoader.load(List.of(Path.of(".")), dir);

        assertThat(ws.personas()).containsKey("shopper");
        List<String> found = ws.files().stream().flatMap(f -> f.diagnostics().stream())
                .map(d -> d.span().file() + ":" + d.span().line() + ":" + d.span().column() + " " + d.message()).toList();
        assertThat(found).containsExactly(
                "broken.journey:1:1 cannot read this file: it is a link to " + dir.resolve("gone.journey") + ", which does not exist",
                "folder.journey:1:1 cannot read this file: it is a folder, not a file",
                "pipe.journey:1:1 cannot read this file: it is not a regular file (a named pipe or a device)");
        assertThat(ws.files().stream().flatMap(f -> f.diagnostics().stream()).map(Diagnostic::help))
                .allMatch(h -> h.isPresent() && !h.get().isBlank());
    }
}
