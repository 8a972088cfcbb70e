#!/usr/bin/env bash
# Benchmark: `waymark check` on a generated workspace, end to end (JVM start included),
# and on one file. Usage: bench/check-large-workspace.sh [JOURNEYS] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
journeys="${1:-1000}"
runs="${2:-3}"
ws="$root/target/bench/workspace-$journeys"
cd "$root"
source "$root/bench/lib.sh"
bench_built
bench_workspace "$ws" "$journeys"
bytes=$(du -sb "$ws" | cut -f1)
echo "workspace: $journeys journeys x 60 steps, $(ls "$ws" | wc -l) files, $((bytes / 1024 / 1024)) MB; $(nproc) cores"
best=""
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  ./waymark check --as-of 2026-11-22 -q "$ws" >/dev/null || true
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "  run $i: ${t}s wall"
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
echo "best: ${best}s wall, $(echo "$journeys / $best" | bc) journeys/s"
one="$ws/journey-0000.journey"
start=$(date +%s.%N)
./waymark check --as-of 2026-11-22 -q "$one" >/dev/null || true
end=$(date +%s.%N)
echo "one file (60 steps), JVM start included: $(echo "$end - $start" | bc)s wall"
