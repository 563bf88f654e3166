#!/usr/bin/env bash
# `npm test`: type-check, lint, unit + integration tests on real temporary
# databases, then end-to-end tests in headless Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

[ -f lib/generated/prisma/client.ts ] || npx prisma generate

echo "== type-check"
npx tsc --noEmit

echo "== lint"
npx eslint --max-warnings 0 .

echo "== unit and integration tests"
npx vitest run --project unit

echo "== end-to-end tests (headless Chromium)"
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
npx vitest run --project e2e
