#!/usr/bin/env bash
# Runs every test: unit tests, then the functional tests on SQLite and on PostgreSQL.
# Installs PostgreSQL, Chromium, CJK fonts and Node.js with apt if they are missing, and the contract tests' pinned npm
# tools into a temporary folder; starts a throwaway PostgreSQL cluster on loopback, and stops it at the end. The
# console's browser tests save screenshots under artifacts/console/.
#   bash tests/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=tests/pg.sh
source "$root/tests/pg.sh"
PGBIN=$(pg_find_or_install)
# shellcheck source=tests/browser.sh
source "$root/tests/browser.sh"
browser_find_or_install
# shellcheck source=tests/node.sh
source "$root/tests/node.sh"
node_find_or_install
node_tools=$(mktemp -d)
pg_start "$PGBIN"
trap 'pg_stop; rm -rf "$node_tools"' EXIT
node_tools_install "$node_tools"

dotnet tool restore >/dev/null
dotnet build CrossRegion.sln -c Release --nologo -v quiet

results=$(mktemp -d)
status=0
summary=()
# run NAME PROJECT: one pass of a test project, its counts kept for the summary and its results (TRX) for the count of
# distinct cases.
run() {
  local name=$1 project=$2 log="$results/$1.log"
  echo "== $name" >&2
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$results/$name.trx" 2>&1 | tee "$log" || status=1
  summary+=("$name: $(count Passed "$log") passed, $(count Failed "$log") failed, $(count Skipped "$log") skipped")
}
# count WORD FILE...: the sum of the runner's "WORD: n" figures (0 when a run printed none, e.g. it crashed).
count() {
  local word=$1
  shift
  { cat "$@" | grep -Eo "$word: +[0-9]+" || true; } | awk '{s+=$2} END {print s+0}'
}
run unit tests/CrossRegion.UnitTests
CROSSREGION_TEST_PROVIDER=sqlite run functional-sqlite tests/CrossRegion.FunctionalTests
CROSSREGION_TEST_PROVIDER=postgres CROSSREGION_TEST_PG="$PG_CONNECTION" run functional-postgres tests/CrossRegion.FunctionalTests

# Per pass, then the distinct test cases (a functional case runs once per provider), then the closing line every
# runner reader understands: "N passed, N failed" over all passes.
printf '%s\n' "${summary[@]}"
distinct=$({ cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*testName="[^"]*"' || true; } | sed 's/.*testName="//' | sort -u | wc -l)
echo "distinct test cases: $distinct (unit once; functional on SQLite and on PostgreSQL, PostgreSQL-only cases skipped on SQLite)"
passed=$(count Passed "$results"/*.log)
failed=$(count Failed "$results"/*.log)
rm -rf "$results"
[ "$passed" -gt 0 ] || status=1
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
