#!/usr/bin/env bash
# Before/after: `check` (or, with RENDER=1, `render --format svg,json`) of a generated workspace by
# another build's jar (the first version: java -jar with its launcher's flags) and by this
# checkout's `waymark` launcher, alternating, several runs each; prints wall and CPU (user + sys)
# time and max RSS. CPU time is the comparison on a shared machine.
# Usage: bench/compare-check.sh OTHER_JAR [JOURNEYS] [RUNS]
#   e.g. bench/compare-check.sh /tmp/base/compiler/target/waymark-cli.jar 1000 5
# The workspace is generated outside git (in a repository `unreviewed-change` also walks its history).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
other="$1"
journeys="${2:-1000}"
runs="${3:-5}"
ws="${WAYMARK_BENCH_WS:-/tmp/waymark-bench-$journeys}"
cd "$root"
source "$root/bench/lib.sh"
bench_built
bench_workspace "$ws" "$journeys" >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if [ "${RENDER:-}" = 1 ]; then args=(render --as-of 2026-11-22 --format svg,json "$ws" --out "$out/site"); else args=(check --as-of 2026-11-22 -q "$ws"); fi
echo "${args[0]} of $journeys journeys ($ws); $(nproc) cores"
one() {
  local label="$1"; shift
  rm -rf "$out/site"
  /usr/bin/time -o "$out/t" -f "%e %U %S %M" "$@" "${args[@]}" >/dev/null 2>&1 || true
  read -r wall user sys rss < "$out/t"
  echo "  $label: $wall s wall, $(echo "$user + $sys" | bc) s CPU, $((rss / 1024)) MB max RSS (load $(cut -d' ' -f1 /proc/loadavg))"
}
for i in $(seq "$runs"); do
  one "other" java -XX:+UseParallelGC -Xshare:auto -jar "$other"
  one "this " ./waymark
done
