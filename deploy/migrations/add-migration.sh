#!/usr/bin/env bash
# Adds a migration with the same name to both providers' sets (SQLite and PostgreSQL).
#   bash deploy/migrations/add-migration.sh AddSomething
# Packs two empty stub packages the feed lacks (see docs/adr/0006-ef-migrations-tooling.md) into a local feed
# used only by the migrations host, then runs dotnet ef once per provider.
set -euo pipefail
name=${1:?usage: add-migration.sh MigrationName}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/deploy/migrations"
mkdir -p "$here/stubs/feed"
for stub in Mono.TextTemplating SolutionPersistence; do
  dotnet pack "$here/stubs/$stub/$stub.csproj" -o "$here/stubs/feed" --nologo -v quiet >/dev/null
done
cd "$root"
dotnet restore "$here/CrossRegion.MigrationsHost" --nologo -v quiet >/dev/null
dotnet tool restore >/dev/null
for pair in Sqlite:SqliteAppDbContext Postgres:PostgresAppDbContext; do
  dir=${pair%%:*}; context=${pair##*:}
  dotnet ef migrations add "$name" \
    --project src/CrossRegion.Infrastructure \
    --startup-project deploy/migrations/CrossRegion.MigrationsHost \
    --context "$context" \
    --output-dir "Persistence/Migrations/$dir"
done
