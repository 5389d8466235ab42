#!/usr/bin/env bash
# Backup of the application's PostgreSQL database: pg_dump custom format (compressed, restorable table by table).
#
#   docker/backup.sh [FILE]          default FILE: crm-YYYYmmdd-HHMMSS.dump in the current folder
#
# Connection (first that is set): libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE; else the application's
# CRM_DB_URL (jdbc:postgresql://host[:port]/database), CRM_DB_USER, CRM_DB_PASSWORD. A ~/.pgpass file works too.
# PG_BIN: folder of pg_dump/pg_restore when they are not on PATH; their major version must be at least the
# server's (docker-compose runs PostgreSQL 16). With Docker Compose, CRM_PG_SERVICE=db runs them inside the
# database container instead (docker compose -f docker/docker-compose.yml exec db ...).
#
# The dump holds personal data encrypted with the data keyset (CRM_DATA_KEYSET / CRM_DATA_KEYSET_FILE). It is
# useless without that keyset, and the keyset is NOT in it: back the keyset up separately (docs/operations.md
# "Backup and restore"), never next to the dump.
set -euo pipefail
umask 077 # the dump is confidential: readable by its owner only
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=docker/pg-env.sh
. "$here/pg-env.sh"

out="${1:-crm-$(date +%Y%m%d-%H%M%S).dump}"
[ -e "$out" ] && { echo "backup: $out exists, not overwritten" >&2; exit 1; }
tmp="$out.partial"
trap 'rm -f "$tmp"' EXIT

if [ -n "${CRM_PG_SERVICE:-}" ]; then
  pg_in_container pg_dump --format=custom --compress=6 --no-password --dbname="$PGDATABASE" > "$tmp"
  # a dump that pg_restore cannot list is no backup
  pg_in_container pg_restore --list < "$tmp" > /dev/null
else
  pg_dump=$(pg_tool pg_dump)
  pg_restore=$(pg_tool pg_restore)
  "$pg_dump" --format=custom --compress=6 --no-password --file="$tmp"
  "$pg_restore" --list "$tmp" > /dev/null
fi
mv "$tmp" "$out"
trap - EXIT
if command -v sha256sum > /dev/null; then
  sha256sum "$out" > "$out.sha256"
fi
echo "backup: $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} written to $out ($(wc -c < "$out") bytes)"
echo "backup: personal data in it is encrypted — keep the data keyset (CRM_DATA_KEYSET[_FILE]) backed up separately"
