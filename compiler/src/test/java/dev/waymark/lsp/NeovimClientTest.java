package dev.waymark.lsp;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neovim setup of docs/editor.md, taken from the page as written, run by the real client:
 * headless `nvim` opens a map with a broken reference and must receive the server's
 * diagnostic. The server is `waymark lsp` on this test's class path.
 */
class NeovimClientTest {
    private static final Path NVIM = Path.of("/usr/bin/nvim");

    static String documentedSetup() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "editor.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("## Neovim\\n.*?```lua\\n(.*?)```", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("a ```lua block under ## Neovim in docs/editor.md").isTrue();
        return m.group(1);
    }

    private static String lua(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void headlessNeovimGetsTheServersDiagnostics(@TempDir Path dir) throws Exception {
        Path nvim = Files.isExecutable(NVIM) ? NVIM : null;
        Assumptions.assumeTrue(nvim != null, "skipped: Neovim is not installed at /usr/bin/nvim (apt-get install neovim)");
        Path maps = Files.createDirectories(dir.resolve("shop/maps"));
        Files.writeString(dir.resolve("shop/waymark.yaml"), "rules: { missing-evidence: off }\n");
        Path map = maps.resolve("checkout.journey");
        Files.writeString(map, """
                persona gift-buyer "Gina" { }
                journey checkout "Checkout" {
                  personas gift-buyr
                  stage buy "Buy" { step cart "Cart" { } }
                }
                """);
        String setup = documentedSetup();
        assertThat(setup).contains("cmd = { 'waymark', 'lsp' }");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String server = "{ " + lua(java) + ", '-cp', " + lua(System.getProperty("java.class.path")) + ", 'dev.waymark.cli.WaymarkCli', 'lsp' }";
        Path result = dir.resolve("diagnostics.txt");
        Path init = dir.resolve("init.lua");
        Files.writeString(init, setup.replace("{ 'waymark', 'lsp' }", server) + """

                -- the test's driver: open the map, wait for diagnostics, write them down, quit
                vim.cmd('filetype on')
                vim.cmd('edit ' .. vim.fn.fnameescape(%s))
                -- the server may publish a first look before the whole-workspace rules have run: wait for the full check
                local got = vim.wait(60000, function()
                  for _, d in ipairs(vim.diagnostic.get(0)) do
                    if d.code == 'unresolved-reference' then return true end
                  end
                  return false
                end, 100)
                local lines = { 'filetype=' .. vim.bo.filetype, 'version=' .. tostring(vim.version().minor) }
                for _, d in ipairs(vim.diagnostic.get(0)) do
                  table.insert(lines, (d.lnum + 1) .. ':' .. (d.col + 1) .. ' ' .. tostring(d.code) .. ' ' .. d.message)
                end
                vim.fn.writefile(lines, %s)
                vim.cmd('qa!')
                """.formatted(lua(map.toString()), lua(result.toString())));
        ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "-n", "-i", "NONE", "-u", init.toString())
                .directory(maps.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            env.put(xdg, Files.createDirectories(dir.resolve(xdg.toLowerCase())).toString());
        }
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        assertThat(ended).as("nvim ended").isTrue();
        assertThat(result).as("nvim wrote its diagnostics; its output: " + new String(output, StandardCharsets.UTF_8)).exists();
        List<String> lines = Files.readAllLines(result);
        assertThat(lines.get(0)).isEqualTo("filetype=journey");
        assertThat(lines).anyMatch(l -> l.startsWith("3:12 unresolved-reference persona `gift-buyr` is not declared"));
    }
}
