#!/usr/bin/env bash
# `npm test`: every check Lede has — lint, types, unit, integration, build, end-to-end, audits —
# ending with one line "N passed, N failed". Integration and end-to-end tests run on
# embedded PGlite always, and again on PostgreSQL when TEST_DATABASE_URL is set.
set -uo pipefail
cd "$(dirname "$0")/.."

results=.data/test-results
rm -rf "$results" && mkdir -p "$results"
export NEXT_TELEMETRY_DISABLED=1

step() { # step NAME COMMAND… — records pass/fail of a step that is not a test runner (exit 77: skipped)
  local name=$1; shift
  echo "── $name: $*"
  "$@"; local code=$?
  if [ "$code" = 77 ]; then echo "$name skipped" > "$results/$name.step"; return 0; fi
  echo "$name $code" > "$results/$name.step"
  return $code
}

vitest_suite() { # vitest_suite NAME PROJECT [env…]
  local name=$1 project=$2; shift 2
  echo "── $name"
  env "$@" npx vitest run --project "$project" --reporter=default --reporter=json --outputFile="$results/$name.json"
  [ -s "$results/$name.json" ] || echo "$name 1" > "$results/$name.step"
}

e2e_suite() { # e2e_suite NAME [env…]
  local name=$1; shift
  echo "── $name"
  env PLAYWRIGHT_JSON_OUTPUT_NAME="$results/$name.json" "$@" npx playwright test
  [ -s "$results/$name.json" ] || echo "$name 1" > "$results/$name.step"
}

step browser bash scripts/ensure-browser.sh
step lint npx biome check .
step typecheck npx tsc --noEmit -p .
# High or critical advisories in production dependencies fail; no reachable advisory
# endpoint (a closed network) is counted as skipped.
step audit npx tsx scripts/audit.ts
vitest_suite unit unit
vitest_suite integration-pglite integration TEST_DATABASE_URL=
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  vitest_suite integration-postgres integration TEST_DATABASE_URL="$TEST_DATABASE_URL"
fi

if step build npx next build; then
  e2e_suite e2e-pglite DATABASE_URL= LEDE_DATA_DIR=".data/e2e-$(date +%s)" E2E_DATABASE_KIND=pglite
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    url=$(node tests/support/create-database.mjs "$TEST_DATABASE_URL" e2e)
    e2e_suite e2e-postgres DATABASE_URL="$url" E2E_DATABASE_KIND=postgres
  fi
  # Audits: Lighthouse (mobile) budgets on the reader and a share page; first-load JS budget.
  step lighthouse node scripts/lighthouse.mjs /read/biden-al-kadhimi-rocket-attacks share
  step page-weight npx tsx tests/bench/page-weight.ts --check
  # Load and faults: a class-sized burst, two instances, kill -9 mid-burst, database down.
  # They need PostgreSQL (for two instances and to take a database down): run with it.
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    step load npx tsx tests/load/run-all.ts
  fi
fi

echo "── summary"
node tests/support/summarize.mjs "$results"
