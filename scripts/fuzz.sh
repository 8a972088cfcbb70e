#!/usr/bin/env bash
# A Jazzer fuzzing campaign (docs/language.md, "Fuzzing"): scripts/fuzz.sh [TARGET|all] [DURATION]
# TARGET: ParserFuzzTest, CheckFuzzTest, FormatFuzzTest, RenderFuzzTest (default: all, one after another).
# DURATION per target, e.g. 90s, 5m, 1h (default 5m). Findings land in
# compiler/src/test/resources/dev/waymark/<pkg>/<Target>Inputs/<method>/ and replay in `mvn verify`;
# the working corpus is compiler/.cifuzz-corpus/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-all}
duration=${2:-5m}
if [ "$target" = all ]; then targets="ParserFuzzTest CheckFuzzTest FormatFuzzTest RenderFuzzTest"; else targets=$target; fi
status=0
for t in $targets; do
  echo "== fuzzing $t for $duration"
  # -am: the grammar module is built from this tree, not taken from ~/.m2
  JAZZER_FUZZ=1 mvn -B -q -am -pl compiler test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="$duration" -Djazzer.keep_going="${KEEP_GOING:-20}" || status=1
done
exit $status
