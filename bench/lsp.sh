#!/usr/bin/env bash
# Benchmark: `waymark lsp` through a real LSP client over stdio (LSP4J, compiler/src/test/.../bench/LspBench.java)
# on the generated workspace: first diagnostics after opening a file, edit to new diagnostics, rename.
# Usage: bench/lsp.sh [JOURNEYS] [EDITS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
journeys="${1:-1000}"
edits="${2:-40}"
ws="$root/target/bench/workspace-$journeys"
cd "$root"
source "$root/bench/lib.sh"
bench_built
bench_workspace "$ws" "$journeys"
echo "workspace: $journeys journeys x 60 steps; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "compiler/target/waymark-cli.jar:compiler/target/test-classes" dev.waymark.bench.LspBench "$ws" "$edits"
