#!/usr/bin/env bash
# Benchmark: headless Neovim (Debian's nvim, the setup of docs/editor.md as written) drives
# `./waymark lsp` on the generated workspace: first diagnostics after opening a file, edit to
# new diagnostics over EDITS edits (each timed until the diagnostics change) and the server's CPU
# per edit, folding ranges,
# document links, and a rename of a step that 100 other files reference.
# Usage: bench/nvim.sh [JOURNEYS] [EDITS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
journeys="${1:-1000}"
edits="${2:-20}"
ws="$root/target/bench/workspace-$journeys"
cd "$root"
source "$root/bench/lib.sh"
bench_built
bench_workspace "$ws" "$journeys"
for i in $(seq -f %03g 0 99); do
  printf 'journey refs-%s "References %s" {\n  owner @cx-leadership\n  reviewed 2026-10-01 by @head-of-cx\n  stage only "Only" {\n    step one "One" { emotion 0 }\n  }\n  opportunity fix "Fix it" {\n    addresses journey-0000.s5\n    owner @cx-leadership\n  }\n}\n' "$i" "$i" > "$ws/refs-$i.journey"
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp" "$ws"/refs-*.journey' EXIT
setup="$(awk '/^## Neovim/{n=1} n && /^```lua/{f=1; next} f && /^```/{exit} f' docs/editor.md)"
printf '%s\n' "${setup//\{ \'waymark\', \'lsp\' \}/\{ \'$root/waymark\', \'lsp\' \}}" > "$tmp/init.lua"
cat >> "$tmp/init.lua" <<LUA
vim.cmd('filetype on')
local out = {}
local function say(s) table.insert(out, s); io.stdout:write(s .. '\n') end
local ok, failure = pcall(function()
  local clock = vim.loop.hrtime
  vim.cmd('edit $ws/journey-0500.journey')
  local buf = vim.api.nvim_get_current_buf()
  local line
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:find('next s1 80%%') then line = i - 1; break end
  end
  local good = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]
  local bad = good:gsub('next s1 80%%', 'next nowhere 80%%')
  local function unresolved()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'unresolved-reference' then return true end
    end
    return false
  end
  local t0 = clock()
  vim.api.nvim_buf_set_lines(buf, line, line + 1, false, { bad })
  local first = vim.wait(300000, unresolved, 10)
  say(string.format('first full diagnostics after opening (server just started): %d ms (%s)', (clock() - t0) / 1e6, tostring(first)))
  -- the server's CPU (user + system, every thread) from /proc, in ms (Linux counts in 1/100 s)
  local function cpu()
    local client = vim.lsp.get_active_clients()[1]
    local f = client and client.rpc.pid and io.open('/proc/' .. client.rpc.pid .. '/stat')
    if not f then return nil end
    local fields = vim.split(f:read('*a'):match('%) (.*)'), ' ', true)
    f:close()
    return (tonumber(fields[12]) + tonumber(fields[13])) * 10
  end
  local cpu0 = cpu()
  local times = {}
  for i = 1, $edits do
    local broken = i % 2 == 0
    local t = clock()
    vim.api.nvim_buf_set_lines(buf, line, line + 1, false, { broken and bad or good })
    if vim.wait(60000, function() return unresolved() == broken end, 1) then
      table.insert(times, math.floor((clock() - t) / 1e6))
    else
      table.insert(times, -1)
    end
    vim.wait(100)
  end
  local sorted = vim.deepcopy(times)
  table.sort(sorted)
  say(string.format('edit to new diagnostics over %d edits: median %d ms, p95 %d ms (all: %s)', #times,
    sorted[math.floor(#sorted / 2) + 1], sorted[math.ceil(#sorted * 0.95)], table.concat(times, ' ')))
  local cpu1 = cpu()
  if cpu0 and cpu1 then say(string.format('server CPU per edit: %.1f ms', (cpu1 - cpu0) / $edits)) end
  local uri = vim.uri_from_bufnr(buf)
  local function request(method, params)
    for _, a in pairs(vim.lsp.buf_request_sync(buf, method, params, 60000) or {}) do return a.result end
  end
  t0 = clock()
  local folds = request('textDocument/foldingRange', { textDocument = { uri = uri } }) or {}
  say(string.format('folding ranges: %d in %d ms', #folds, (clock() - t0) / 1e6))
  t0 = clock()
  local links = request('textDocument/documentLink', { textDocument = { uri = uri } }) or {}
  say(string.format('document links: %d in %d ms', #links, (clock() - t0) / 1e6))
  vim.cmd('edit $ws/journey-0000.journey')
  local target = vim.api.nvim_get_current_buf()
  local row, col
  for i, l in ipairs(vim.api.nvim_buf_get_lines(target, 0, -1, false)) do
    local c = l:find('step s5 ', 1, true)
    if c then row = i - 1; col = c + 4; break end
  end
  t0 = clock()
  local edit
  for _, a in pairs(vim.lsp.buf_request_sync(target, 'textDocument/rename', { textDocument = { uri = vim.uri_from_bufnr(target) },
      position = { line = row, character = col }, newName = 'renamed-step' }, 60000) or {}) do edit = a.result end
  local files, changes = 0, 0
  for _, e in pairs(edit and edit.changes or {}) do files = files + 1; changes = changes + #e end
  say(string.format('rename of a step referenced from 100 files: %d ms (%d edits in %d files)', (clock() - t0) / 1e6, changes, files))
end)
if not ok then say('failed: ' .. tostring(failure)) end
vim.cmd('qa!')
LUA
echo "workspace: $journeys journeys x 60 steps; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(nvim --version | head -1)"
cd "$ws"
XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" XDG_STATE_HOME="$tmp" XDG_CACHE_HOME="$tmp" \
  nvim --headless -n -i NONE -u "$tmp/init.lua" 2>&1 | tr '\r' '\n' | grep -v '^$' || true
