package dev.waymark.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor shows what `waymark check` prints for a broken map: the cause alone, with its fix. */
class LspBrokenMapTest {
    @TempDir
    Path root;
    LspHarness lsp;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(root.resolve("teams.journey"), WaymarkLanguageServerTest.TEAMS);
        Files.writeString(root.resolve("checkout.journey"), WaymarkLanguageServerTest.CHECKOUT);
        lsp = LspHarness.start(root);
    }

    @AfterEach
    void stop() throws Exception {
        lsp.close();
    }

    @Test
    void aHandleWithoutAtIsTheOnlyDiagnosticAndNoKnockOnFollows() throws Exception {
        String uri = root.resolve("checkout.journey").toUri().toString();
        String teamsUri = root.resolve("teams.journey").toUri().toString();
        String broken = WaymarkLanguageServerTest.CHECKOUT.replaceFirst("owner @shop", "owner shop");
        lsp.open(uri, broken);
        List<Diagnostic> shown = lsp.awaitDiagnostics(uri, ds -> ds.stream().anyMatch(d -> code(d).equals("syntax")));
        assertThat(shown).hasSize(1);
        Diagnostic d = shown.get(0);
        assertThat(d.getMessage()).startsWith("`shop` is not a handle: handles start with `@`").contains("write `owner @shop`");
        assertThat(d.getRange()).isEqualTo(WaymarkLanguageServerTest.word(broken, "shop\n", "shop"));
        // the persona the broken journey names is not reported as unused
        if (lsp.published(teamsUri)) assertThat(lsp.awaitDiagnostics(teamsUri, ds -> true)).isEmpty();
    }

    private static String code(Diagnostic d) {
        return d.getCode() == null ? "" : d.getCode().getLeft();
    }
}
