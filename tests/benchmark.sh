#!/usr/bin/env bash
# Read-API benchmark on PostgreSQL over real HTTP (see docs/benchmarks.md).
#   bash tests/benchmark.sh [--tasks 100000] [--pair-tasks 50000] [--concurrency 32] [--seconds 30]
#   bash tests/benchmark.sh --mode console [--requests 300] [--circuits 200]   (the console's pages and circuits)
#   bash tests/benchmark.sh --mode evaluation [--year 2025]   (a year's evaluation over the ledger)
# Starts a throwaway PostgreSQL and one API node (Release build, server mode), generates the ledger with COPY,
# prints the query plans of the SQL EF Core generates, drives both endpoints with concurrent clients, and writes
# the report to artifacts/benchmark-report.md. Exit code 0 when p95 < 50 ms for both endpoints.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=tests/pg.sh
source "$root/tests/pg.sh"
PGBIN=$(pg_find_or_install)
# shellcheck source=tests/browser.sh
source "$root/tests/browser.sh"
if [[ " $* " == *" console "* ]]; then browser_find_or_install; fi
PG_EXTRA_OPTS="-c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=16MB -c max_wal_size=4GB" pg_start "$PGBIN"
api_pid=
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  pg_stop
}
trap cleanup EXIT
"$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE crossregion_bench" postgres
db="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=crossregion_bench"
# The API's pool: about twice the database's cores (2 here). More backends than cores only adds context switches
# on a CPU-bound PostgreSQL; requests then wait for a connection inside the API instead (docs/benchmarks.md).
api_db="$db;Maximum Pool Size=${API_POOL_SIZE:-4}"

dotnet build CrossRegion.sln -c Release --nologo -v quiet
port=$(pg_free_port)
mkdir -p artifacts
(
  cd src/CrossRegion.Api/bin/Release/net10.0
  ASPNETCORE_ENVIRONMENT=Production \
  Database__Provider=postgres Database__ConnectionString="$api_db" \
  CrossRegion__DemoMode=true CrossRegion__ForceDemoModeInProduction=true CrossRegion__DataDirectory="$PG_DIR/api-data" \
  Audit__SealKey="base64:$(head -c 48 /dev/urandom | base64 -w0)" \
  Logging__LogLevel__Default=Warning \
  exec dotnet CrossRegion.Api.dll --urls "http://127.0.0.1:$port"
) > artifacts/benchmark-api.log 2>&1 &
api_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "API did not become ready" >&2; cat artifacts/benchmark-api.log >&2; exit 1; }

dotnet tests/CrossRegion.Benchmarks/bin/Release/net10.0/CrossRegion.Benchmarks.dll \
  --api "http://127.0.0.1:$port" --api-pid "$api_pid" --pg "$db" --report artifacts/benchmark-report.md "$@"
