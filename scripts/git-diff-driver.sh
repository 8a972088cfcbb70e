#!/usr/bin/env bash
# A git diff driver for *.journey files: `git diff` shows the semantic change (what changed in
# the journey) instead of changed lines. Setup (docs/diff.md):
#   echo '*.journey diff=waymark' >> .gitattributes
#   git config diff.waymark.command "$PWD/scripts/git-diff-driver.sh"
# git calls it with 7 arguments: path old-file old-hex old-mode new-file new-hex new-mode
# (old-file or new-file is /dev/null when the file was added or deleted).
set -uo pipefail

if [ $# -ne 7 ]; then
  echo "usage: $0 PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (called by git)" >&2
  exit 2
fi
path=$1 old=$2 new=$5

# WAYMARK names the command; else `waymark` on the PATH; else the script at the top of this
# repository (git runs diff drivers there).
if [ -n "${WAYMARK:-}" ]; then
  waymark=$WAYMARK
elif command -v waymark >/dev/null 2>&1; then
  waymark=waymark
elif [ -x ./waymark ]; then
  waymark=./waymark
else
  echo "waymark diff driver: no waymark command (set WAYMARK=/path/to/waymark); showing the line diff of $path" >&2
  git diff --no-index --no-ext-diff -- "$old" "$new"
  exit 0
fi

echo "waymark diff a/$path b/$path"
"$waymark" diff --no-color "$old" "$new"
status=$?
if [ $status -eq 2 ]; then
  # unreadable or not parseable (the message is on stderr): the line diff is still worth seeing
  git diff --no-index --no-ext-diff -- "$old" "$new"
fi
# a non-zero exit would make git stop at this file ("external diff died")
exit 0
