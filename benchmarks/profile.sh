#!/usr/bin/env bash
# Where our application spends its CPU in one benchmark scenario: starts crm-process (the jar of the last build) on a
# fresh PostgreSQL database with Java Flight Recorder, runs the scenario of CompareSimulation (Gatling) for DURATION
# seconds, and prints the methods most often on CPU — of our code and of everything (benchmarks/hot_methods.py).
# Usage: benchmarks/profile.sh intake|read-count|read-customers|complete   (DURATION=60 WARM=40 CONCURRENCY=8 by default)
# STATEMENTS=1 also lists the statements PostgreSQL ran per iteration during the recording (pg_stat_statements, which
# the server must load: shared_preload_libraries), in statements.txt of the run's folder.
# The recording starts after WARM s of the same scenario (not recorded), so neither the JIT's warm-up nor the
# preparation of complete's tasks is in the samples.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
SCENARIO="${1:?scenario: intake, read-count, read-customers or complete}"
DURATION="${DURATION:-60}"
WARM="${WARM:-40}"
CONCURRENCY="${CONCURRENCY:-8}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
DB="${PROFILE_DB:-crm_bench_profile}"
PORT="${PROFILE_PORT:-18095}"
WORK="$BENCH/target/profile-runs/$(date -u +%Y%m%d-%H%M%S)-$SCENARIO"
mkdir -p "$WORK"
cp "$ROOT/target/crm-process-0.1.0-SNAPSHOT.jar" "$WORK/crm-process.jar"
(umask 077 && java -cp "$WORK/crm-process.jar" -Dloader.main=com.crmflow.platform.crypto.KeysetTool \
  org.springframework.boot.loader.launch.PropertiesLauncher generate "$WORK/keyset.json" > /dev/null)
psql -v ON_ERROR_STOP=1 -qAt -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" -c "CREATE DATABASE \"$DB\""
(cd "$WORK" && SPRING_PROFILES_ACTIVE=postgres,demo CRM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  CRM_DB_USER="$PGUSER" CRM_DB_PASSWORD="$PGPASSWORD" CRM_ADMIN_PASSWORD="profile-$$" \
  CRM_DATA_KEYSET="$(cat "$WORK/keyset.json")" exec java -Xms1g -Xmx1g -XX:+UseG1GC \
  -XX:FlightRecorderOptions:stackdepth=256 \
  -jar "$WORK/crm-process.jar" --server.port="$PORT") > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  sleep 2
done
run() { # run NAME GATLING-ARGS...: one Gatling run, its console output in gatling-NAME.log
  local name="$1"; shift
  "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" gatling:test -Dgatling.simulationClass=com.crmflow.bench.CompareSimulation \
    -Dgatling.resultsFolder="$WORK/gatling" -Dgatling.noReports=true -Dbench.app=ours -Dbench.baseUrl="http://127.0.0.1:$PORT" \
    -Dbench.user=huangfang -Dbench.password=demo -Dbench.readUser=wuxia -Dbench.readPassword=demo \
    -Dbench.concurrency="$CONCURRENCY" "$@" > "$WORK/gatling-$name.log" 2>&1
}
[[ "$SCENARIO" == complete ]] && run prepare -Dbench.scenario=prepare -Dbench.duration=0 \
  -Dbench.prepare.count=$(((DURATION + WARM) * 150))
run warm -Dbench.scenario="$SCENARIO" -Dbench.duration="$WARM" || true
if [[ -n "${STATEMENTS:-}" ]]; then # the statements PostgreSQL ran during the measurement (pg_stat_statements)
  if [[ "$(psql -qAt -d "$DB" -c "SHOW shared_preload_libraries")" != *pg_stat_statements* ]]; then
    echo "STATEMENTS=1 needs pg_stat_statements loaded by the server:" \
      "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements', then restart PostgreSQL" >&2
    STATEMENTS=""
  else
    psql -qAt -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
      -c "SELECT pg_stat_statements_reset()" > /dev/null
  fi
fi
jcmd "$APP_PID" JFR.start name=profile settings=profile > /dev/null
run "$SCENARIO" -Dbench.scenario="$SCENARIO" -Dbench.duration="$DURATION"
jcmd "$APP_PID" JFR.dump name=profile filename="$WORK/app.jfr" > /dev/null
grep -E "^> (Global|$SCENARIO|claim|submit-form) " "$WORK/gatling-$SCENARIO.log" | tail -3 || true
if [[ -n "${STATEMENTS:-}" ]]; then
  # iterations = successful requests of the scenario's last request (submit-form for complete)
  N=$(grep -E "^> ($SCENARIO|submit-form) " "$WORK/gatling-$SCENARIO.log" | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $3); print $3}')
  [[ "$N" =~ ^[1-9][0-9]*$ ]] || N=1
  psql -d "$DB" -o "$WORK/statements.txt" -c "SELECT round(calls / $N::numeric, 2) AS per_iteration,
      round(total_exec_time::numeric / $N, 3) AS exec_ms_per_iteration,
      left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 110) AS statement
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    ORDER BY calls DESC, total_exec_time DESC LIMIT 80"
  psql -qAt -d "$DB" -c "SELECT 'statements per iteration: ' || round(sum(calls) / $N::numeric, 1)
      || ', PostgreSQL execution ms per iteration: ' || round(sum(total_exec_time)::numeric / $N, 2)
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())" \
    | tee -a "$WORK/statements.txt"
  echo "statements: $WORK/statements.txt"
fi
jfr print --events jdk.ExecutionSample --stack-depth 256 "$WORK/app.jfr" > "$WORK/samples.txt"
python3 "$BENCH/hot_methods.py" "$WORK/samples.txt" | tee "$WORK/hot-methods.txt"
