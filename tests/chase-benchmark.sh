#!/usr/bin/env bash
# Chase benchmark on PostgreSQL (see docs/benchmarks.md).
#   bash tests/chase-benchmark.sh [--tasks 100000] [--reports no|yes] [--channels no|yes]
# Starts a throwaway PostgreSQL, migrates it, writes <tasks> tasks × 10 milestones (one overdue per task: 1,000,000
# milestones and 100,000 overdue by default) and runs the production chase runner four times: the first pass, a
# second the same day (nothing new), an escalation pass three working days later, and a pass through Hangfire (run-now
# on a job server with its PostgreSQL store, to the recorded run). Writes
# artifacts/chase-benchmark-report.md. Exit code 0 when the first pass takes < 60 s and the second < 5 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=tests/pg.sh
source "$root/tests/pg.sh"
PGBIN=$(pg_find_or_install)
PG_EXTRA_OPTS="-c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=16MB -c max_wal_size=4GB" pg_start "$PGBIN"
trap pg_stop EXIT
"$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE crossregion_chase" postgres

dotnet build tests/CrossRegion.Benchmarks -c Release --nologo -v quiet
mkdir -p artifacts
dotnet tests/CrossRegion.Benchmarks/bin/Release/net10.0/CrossRegion.Benchmarks.dll --mode chase \
  --pg "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=crossregion_chase" \
  --report artifacts/chase-benchmark-report.md "$@"
