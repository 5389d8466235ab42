# Sourced by backup.sh and restore.sh: the connection in libpq's variables, and where the client tools are.
# shellcheck shell=bash

# CRM_DB_URL=jdbc:postgresql://host[:port]/database[?...] → PGHOST, PGPORT, PGDATABASE (unless already set)
if [ -n "${CRM_DB_URL:-}" ]; then
  rest="${CRM_DB_URL#jdbc:postgresql://}"
  rest="${rest%%\?*}"
  hostport="${rest%%/*}"
  database="${rest#*/}"
  [ "$database" = "$rest" ] && database=""
  export PGHOST="${PGHOST:-${hostport%%:*}}"
  if [ "${hostport#*:}" != "$hostport" ]; then
    export PGPORT="${PGPORT:-${hostport#*:}}"
  fi
  [ -n "$database" ] && export PGDATABASE="${PGDATABASE:-$database}"
fi
[ -n "${CRM_DB_USER:-}" ] && export PGUSER="${PGUSER:-$CRM_DB_USER}"
[ -n "${CRM_DB_PASSWORD:-}" ] && export PGPASSWORD="${PGPASSWORD:-$CRM_DB_PASSWORD}"
export PGDATABASE="${PGDATABASE:-crm}"

# the path of a client tool: $PG_BIN/NAME, else NAME on PATH
pg_tool() {
  local tool="$1"
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/$tool" ] || { echo "$tool not found in PG_BIN=$PG_BIN" >&2; return 1; }
    echo "$PG_BIN/$tool"
  elif command -v "$tool" > /dev/null; then
    command -v "$tool"
  else
    echo "$tool not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client) of the" \
      "server's major version or newer, set PG_BIN, or use CRM_PG_SERVICE=db with Docker Compose" >&2
    return 1
  fi
}

# runs a client tool inside the Compose service CRM_PG_SERVICE (stdin/stdout pass through)
pg_in_container() {
  docker compose -f "$here/docker-compose.yml" exec -T \
    -e PGUSER="${PGUSER:-crm}" -e PGPASSWORD="${PGPASSWORD:-}" "$CRM_PG_SERVICE" "$@"
}
