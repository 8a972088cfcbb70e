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
 * headless `nvim` opens maps and drives the server as a user would (diagnostics, edits,
 * folding, document links, prepareRename and rename applied to the buffers). The server is
 * `waymark lsp` on this test's class path.
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

    /** A shop with one map that names a persona wrongly (line 3), the map of `cart` with an evidence link, and a map that hands over to it. */
    private static Path shop(Path dir) throws Exception {
        Path maps = Files.createDirectories(dir.resolve("shop/maps"));
        Files.writeString(dir.resolve("shop/waymark.yaml"), "rules: { missing-evidence: off }\n");
        Files.writeString(maps.resolve("checkout.journey"), """
                persona gift-buyer "Gina" { }
                journey checkout "Checkout" {
                  personas gift-buyr
                  stage buy "Buy" {
                    step cart "Cart" {
                      evidence "https://example.com/research/cart"
                    }
                    step pay "Pay" {
                      emotion -1
                    }
                  }
                }
                """);
        Files.writeString(maps.resolve("returns.journey"), """
                journey returns "Returns" {
                  stage start "Start" {
                    step ask "Ask" {
                      next checkout.cart
                    }
                  }
                }
                """);
        return maps;
    }

    /**
     * Runs headless nvim with the documented setup (the server command replaced by this class
     * path) and `driver` after it, in `cwd`; `driver` writes its findings with `say` and they are returned.
     */
    private static List<String> nvim(Path dir, Path cwd, String driver) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NVIM), "skipped: Neovim is not installed at /usr/bin/nvim (apt-get install neovim)");
        String setup = documentedSetup();
        assertThat(setup).contains("cmd = { 'waymark', 'lsp' }");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String server = "{ " + lua(java) + ", '-cp', " + lua(System.getProperty("java.class.path")) + ", 'dev.waymark.cli.WaymarkCli', 'lsp' }";
        Path result = dir.resolve("result.txt");
        Path init = dir.resolve("init.lua");
        Files.writeString(init, setup.replace("{ 'waymark', 'lsp' }", server) + """

                -- the test's driver
                vim.cmd('filetype on')
                local out = {}
                local function say(s) table.insert(out, s) end
                local ok, failure = pcall(function()
                %s
                end)
                if not ok then say('driver failed: ' .. tostring(failure)) end
                vim.fn.writefile(out, %s)
                vim.cmd('qa!')
                """.formatted(driver, lua(result.toString())));
        ProcessBuilder pb = new ProcessBuilder(NVIM.toString(), "--headless", "-n", "-i", "NONE", "-u", init.toString())
                .directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            env.put(xdg, Files.createDirectories(dir.resolve(xdg.toLowerCase())).toString());
        }
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        assertThat(ended).as("nvim ended").isTrue();
        assertThat(result).as("nvim wrote its findings; its output: " + new String(output, StandardCharsets.UTF_8)).exists();
        List<String> lines = Files.readAllLines(result);
        assertThat(lines).noneMatch(l -> l.startsWith("driver failed"));
        return lines;
    }

    /** Lua: open a map and wait (up to a minute) until the full check's unresolved reference shows; `unresolved()` tells. */
    private static String open(Path map) {
        return """
                vim.cmd('edit ' .. vim.fn.fnameescape(%s))
                local buf = vim.api.nvim_get_current_buf()
                local function unresolved()
                  for _, d in ipairs(vim.diagnostic.get(buf)) do
                    if d.code == 'unresolved-reference' then return true end
                  end
                  return false
                end
                -- the server may publish a first look before the whole-workspace rules have run: wait for the full check
                say('first ' .. tostring(vim.wait(60000, unresolved, 10)))
                """.formatted(lua(map.toString()));
    }

    @Test
    void headlessNeovimGetsTheServersDiagnostics(@TempDir Path dir) throws Exception {
        Path maps = shop(dir);
        List<String> lines = nvim(dir, maps, open(maps.resolve("checkout.journey")) + """
                say('filetype=' .. vim.bo.filetype)
                for _, d in ipairs(vim.diagnostic.get(0)) do
                  say((d.lnum + 1) .. ':' .. (d.col + 1) .. ' ' .. tostring(d.code) .. ' ' .. d.message)
                end
                """);
        assertThat(lines).contains("first true", "filetype=journey");
        assertThat(lines).anyMatch(l -> l.startsWith("3:12 unresolved-reference persona `gift-buyr` is not declared"));
    }

    @Test
    void headlessNeovimEditsFoldsFollowsLinksAndRenames(@TempDir Path dir) throws Exception {
        Path maps = shop(dir);
        List<String> lines = nvim(dir, maps, open(maps.resolve("checkout.journey")) + """
                -- 20 edits: the persona reference fixed and broken in turn; each must change the diagnostics
                local times = {}
                for i = 1, 20 do
                  local broken = i % 2 == 0
                  local t0 = vim.loop.hrtime()
                  vim.api.nvim_buf_set_lines(buf, 2, 3, false, { broken and '  personas gift-buyr' or '  personas gift-buyer' })
                  local ok = vim.wait(10000, function() return unresolved() == broken end, 2)
                  table.insert(times, ok and tostring(math.floor((vim.loop.hrtime() - t0) / 1e6)) or 'none')
                end
                say('edits ' .. table.concat(times, ' '))
                local uri = vim.uri_from_bufnr(buf)
                local function request(method, params)
                  for _, a in pairs(vim.lsp.buf_request_sync(buf, method, params, 20000) or {}) do return a.result, a.error end
                end
                for _, f in ipairs(request('textDocument/foldingRange', { textDocument = { uri = uri } }) or {}) do
                  say('fold ' .. f.startLine .. '-' .. f.endLine)
                end
                for _, l in ipairs(request('textDocument/documentLink', { textDocument = { uri = uri } }) or {}) do
                  say('link ' .. l.range.start.line .. ':' .. l.range.start.character .. '-' .. l.range['end'].character .. ' ' .. tostring(l.target))
                end
                local keyword, refused = request('textDocument/prepareRename', { textDocument = { uri = uri }, position = { line = 4, character = 5 } })
                say('prepare keyword ' .. tostring(keyword == nil or keyword == vim.NIL) .. ' ' .. tostring(refused and refused.message))
                local id = request('textDocument/prepareRename', { textDocument = { uri = uri }, position = { line = 4, character = 10 } })
                say('prepare id ' .. id.placeholder .. ' ' .. id.range.start.line .. ':' .. id.range.start.character .. '-' .. id.range['end'].character)
                local edit = request('textDocument/rename', { textDocument = { uri = uri }, position = { line = 4, character = 10 }, newName = 'basket' })
                for u, edits in pairs(edit.changes or {}) do say('rename ' .. vim.fn.fnamemodify(vim.uri_to_fname(u), ':t') .. ' ' .. #edits) end
                vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
                say('renamed ' .. vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1])
                local other = vim.fn.bufnr(vim.uri_to_fname(vim.uri_from_fname(vim.fn.fnamemodify('returns.journey', ':p'))))
                say('renamed elsewhere ' .. vim.api.nvim_buf_get_lines(other, 3, 4, false)[1])
                """);
        assertThat(lines).contains("first true");
        String edits = lines.stream().filter(l -> l.startsWith("edits ")).findFirst().orElseThrow();
        assertThat(edits.substring(6).split(" ")).as("every edit changed the diagnostics: " + edits).hasSize(20).doesNotContain("none");
        System.out.println("NeovimClientTest: edit to new diagnostics in ms, " + edits.substring(6));
        // journey (lines 2-12), stage (4-11), steps cart (5-7) and pay (8-10); the closing braces stay visible
        assertThat(lines).filteredOn(l -> l.startsWith("fold ")).containsExactly("fold 1-10", "fold 3-9", "fold 4-5", "fold 7-8");
        assertThat(lines).contains("link 5:16-49 https://example.com/research/cart");
        assertThat(lines).contains("prepare keyword true `step` is a keyword of the language; only ids and handles can be renamed",
                "prepare id cart 4:9-13");
        assertThat(lines).filteredOn(l -> l.startsWith("rename ")).containsExactlyInAnyOrder("rename checkout.journey 1", "rename returns.journey 1");
        assertThat(lines).contains("renamed     step basket \"Cart\" {", "renamed elsewhere       next checkout.basket");
    }
}
