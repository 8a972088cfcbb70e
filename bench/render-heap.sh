#!/usr/bin/env bash
# Benchmark: does `waymark render` of a generated workspace fit in a given heap? Prints the exit
# status, wall and CPU time and max RSS. Usage: bench/render-heap.sh [JOURNEYS] [HEAP] [FORMATS]
# e.g. bench/render-heap.sh 1000 512m svg,json   (figures: README, "Speed")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
journeys="${1:-1000}"
heap="${2:-512m}"
formats="${3:-svg,json}"
# WAYMARK_BENCH_WS: a workspace outside git (inside a repository, check also walks its history)
ws="${WAYMARK_BENCH_WS:-$root/target/bench/workspace-$journeys}"
out="$(mktemp -d)/site"
trap 'rm -rf "$(dirname "$out")"' EXIT
cd "$root"
source "$root/bench/lib.sh"
bench_built
bench_workspace "$ws" "$journeys"
echo "workspace: $journeys journeys, render --format $formats with -Xmx$heap; load $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores"
status=0
WAYMARK_JAVA_OPTS="-Xmx$heap ${WAYMARK_JAVA_OPTS:-}" /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" \
  ./waymark render --as-of 2026-11-22 --format "$formats" "$ws" --out "$out" >/dev/null || status=$?
echo "exit $status ($( [ "$status" = 0 ] && echo "rendered $(ls "$out" | wc -l) files" || echo "not rendered"))"
