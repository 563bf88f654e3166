#!/usr/bin/env bash
# `npm test`: type-check, lint, unit + integration tests on real temporary
# databases, then end-to-end tests in headless Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results

[ -f lib/generated/sqlite/client.ts ] && [ -f lib/generated/postgres/client.ts ] || npm run -s db:generate

echo "== type-check"
npx tsc --noEmit

echo "== lint"
npx eslint --max-warnings 0 .

echo "== unit and integration tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json

echo "== end-to-end tests (headless Chromium)"
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json=test-results/e2e.json

# One closing line for both runs (each run above already failed the script on any failure).
node -e '
  const runs = ["unit", "e2e"].map((name) => require("./test-results/" + name + ".json"));
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped`);
'
