#!/usr/bin/env bash
# `npm test`: type-check, lint, unit tests, integration tests on real databases,
# then end-to-end tests in headless Chromium against a production build.
# Integration and end-to-end tests run twice: on temporary SQLite files and on
# fresh PostgreSQL databases on the server of TEST_POSTGRES_URL (default
# postgresql://postgres@127.0.0.1:5432/test), created for the run and dropped
# afterwards. Without a reachable server the PostgreSQL runs are left out with
# one line saying so, except under CI=true, where that fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/*.json

[ -f lib/generated/sqlite/client.ts ] && [ -f lib/generated/postgres/client.ts ] || npm run -s db:generate

echo "== type-check"
npx tsc --noEmit

echo "== lint"
npx eslint --max-warnings 0 .

echo "== PostgreSQL"
if postgres_status="$(npx tsx scripts/postgres-check.ts)"; then
  with_postgres=1
  echo "$postgres_status answers: integration and end-to-end tests run on SQLite and PostgreSQL."
elif [ "${CI:-}" = "true" ]; then
  echo "$postgres_status CI=true needs PostgreSQL, so the run fails." >&2
  exit 1
else
  with_postgres=0
  echo "$postgres_status Running the SQLite tests only."
fi

runs=()
failed_runs=0
# run <name> <vitest args…>: records the run's JSON report; a failure is counted, not fatal, so every run reports.
run() {
  local name="$1"
  shift
  local status=0
  npx vitest run "$@" --reporter=default --reporter=json "--outputFile.json=test-results/$name.json" || status=$?
  [ "$status" = 0 ] || failed_runs=$((failed_runs + 1))
  runs+=("$name:$status")
}

echo "== unit and integration tests"
integration=(--project unit --project integration-sqlite)
[ "$with_postgres" = 1 ] && integration+=(--project integration-postgres)
run unit-integration "${integration[@]}"

echo "== end-to-end tests (headless Chromium)"
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
# One database at a time: the first run builds, the second reuses the build.
run e2e-sqlite --project e2e-sqlite
[ "$with_postgres" = 1 ] && run e2e-postgres --project e2e-postgres

# One closing line over every run. A run that failed without a failed test
# (its setup or a whole file crashed) counts as one failure, so the line never
# says "0 failed" when the run did not pass.
node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const entry of process.argv.slice(1)) {
    const [name, status] = entry.split(":");
    const file = "./test-results/" + name + ".json";
    const run = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
    const runFailed = run ? run.numFailedTests : 0;
    if (run) {
      passed += run.numPassedTests;
      skipped += run.numPendingTests + run.numTodoTests;
    }
    failed += status !== "0" && runFailed === 0 ? 1 : runFailed;
    if (status !== "0" && runFailed === 0) console.log(`${name}: failed outside any test (see its output above)`);
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
' "${runs[@]}"
[ "$failed_runs" = 0 ]
