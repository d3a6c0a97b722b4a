#!/usr/bin/env bash
# Adds a migration with the same name to both providers' sets (SQLite and PostgreSQL).
#   bash deploy/migrations/add-migration.sh AddSomething
# Runs dotnet ef once per provider through the migrations host, which alone references the design-time package
# (see docs/adr/0006-ef-migrations-tooling.md). Review the generated files: data a migration must carry (seed rows,
# backfills) is added by hand with migrationBuilder.Sql, in SQL that both providers accept.
set -euo pipefail
name=${1:?usage: add-migration.sh MigrationName}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dotnet restore deploy/migrations/CrossRegion.MigrationsHost --nologo -v quiet >/dev/null
dotnet tool restore >/dev/null
for pair in Sqlite:SqliteAppDbContext Postgres:PostgresAppDbContext; do
  dir=${pair%%:*}; context=${pair##*:}
  dotnet ef migrations add "$name" \
    --project src/CrossRegion.Infrastructure \
    --startup-project deploy/migrations/CrossRegion.MigrationsHost \
    --context "$context" \
    --output-dir "Persistence/Migrations/$dir"
done
