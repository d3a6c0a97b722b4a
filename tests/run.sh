#!/usr/bin/env bash
# Runs every test: unit tests, then the functional tests on SQLite and on PostgreSQL.
# Installs PostgreSQL with apt if it is missing, starts a throwaway cluster on loopback, and stops it at the end.
#   bash tests/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=tests/pg.sh
source "$root/tests/pg.sh"
PGBIN=$(pg_find_or_install)
pg_start "$PGBIN"
trap pg_stop EXIT

dotnet tool restore >/dev/null
dotnet build CrossRegion.sln -c Release --nologo -v quiet

log=$(mktemp)
status=0
run() {
  echo "== $*" >&2
  "$@" 2>&1 | tee -a "$log" || status=1
}
run dotnet test tests/CrossRegion.UnitTests -c Release --no-build --nologo
CROSSREGION_TEST_PROVIDER=sqlite run dotnet test tests/CrossRegion.FunctionalTests -c Release --no-build --nologo
CROSSREGION_TEST_PROVIDER=postgres CROSSREGION_TEST_PG="$PG_CONNECTION" \
  run dotnet test tests/CrossRegion.FunctionalTests -c Release --no-build --nologo

# One closing line for every runner: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
[ "$passed" -gt 0 ] || status=1
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
