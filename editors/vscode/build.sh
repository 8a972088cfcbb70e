#!/usr/bin/env bash
# Builds editors/vscode/target/waymark-journeys.vsix and checks what it holds (run by `mvn verify`).
# Needs node and npm; when they are missing, or the npm registry cannot be reached and nothing
# is cached, it says so and skips. Anything else that fails, fails the build.
set -uo pipefail
cd "$(dirname "$0")"
skip() { echo "vscode: SKIPPED: $*"; exit 0; }
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || skip "node and npm are not installed (.ci/run installs them)"
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || skip "node $(node --version) is too old for @vscode/vsce 3 (needs 20 or later)"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  if ! npm ci --no-audit --no-fund --prefer-offline --loglevel=error; then
    npm ping >/dev/null 2>&1 || skip "the npm registry cannot be reached and the packages are not cached"
    echo "vscode: npm ci failed"; exit 1
  fi
  touch node_modules
fi
set -e
rm -rf target dist
npm run --silent package
npm test --silent
