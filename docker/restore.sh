#!/usr/bin/env bash
# Restores a backup of docker/backup.sh into an EMPTY database (created beforehand, e.g. `createdb crm`):
#
#   docker/restore.sh FILE
#
# Connection and tools as for docker/backup.sh (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE or CRM_DB_URL,
# CRM_DB_USER, CRM_DB_PASSWORD; PG_BIN; CRM_PG_SERVICE for Docker Compose). Refuses a database that already has
# tables: it never overwrites data. Objects are owned by the restoring user (--no-owner), in one transaction
# (all or nothing). Start the application against it with the SAME data keyset as when the backup was taken.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=docker/pg-env.sh
. "$here/pg-env.sh"

file="${1:?usage: docker/restore.sh FILE}"
[ -r "$file" ] || { echo "restore: cannot read $file" >&2; exit 1; }
if [ -f "$file.sha256" ] && command -v sha256sum > /dev/null; then
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") \
    || { echo "restore: $file does not match its checksum $file.sha256" >&2; exit 1; }
fi

if [ -z "${CRM_PG_SERVICE:-}" ]; then
  psql=$(pg_tool psql)
  pg_restore=$(pg_tool pg_restore)
fi
count_tables="SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
if [ -n "${CRM_PG_SERVICE:-}" ]; then
  tables=$(pg_in_container psql --no-password --tuples-only --no-align --dbname="$PGDATABASE" -c "$count_tables")
else
  tables=$("$psql" --no-password --tuples-only --no-align -c "$count_tables")
fi
if [ "$tables" != "0" ]; then
  echo "restore: database $PGDATABASE is not empty ($tables tables): restore into a new, empty database" >&2
  exit 1
fi

options=(--no-owner --no-privileges --single-transaction --exit-on-error --no-password)
if [ -n "${CRM_PG_SERVICE:-}" ]; then
  pg_in_container pg_restore "${options[@]}" --dbname="$PGDATABASE" < "$file"
else
  "$pg_restore" "${options[@]}" --dbname="$PGDATABASE" "$file"
fi
echo "restore: $file restored into $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432}"
