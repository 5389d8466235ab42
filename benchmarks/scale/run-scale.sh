#!/usr/bin/env bash
# The scale targets of issue 9, measured (benchmarks/README.md "Scale"):
#   1. on an almost empty database (the demo data and PREPARE complaints): intake, Tasklist's task list of a group
#      as a staff user, customer search — each DURATION s at CONCURRENCY users (Gatling, CompareSimulation);
#   2. generate.sql writes CUSTOMERS customers, OPEN_TASKS open tasks and HISTORY_ROWS history rows (timed);
#   3. the same three scenarios again; the result file compares both and checks the targets;
#   4. timers (TIMERS > 0): complaints until TIMERS first-response warning timers wait, TIMERS of them made due at the
#      same moment (60 s ahead, SQL on ACT_RU_JOB), then the job executor's lateness (p50/p99/max from ACT_HI_JOB_LOG) and
#      whether any timer fired twice. JOB_OPTS are extra application arguments for the job executor (docs/operations.md
#      "Running several nodes": the recommended settings).
# Usage: benchmarks/scale/run-scale.sh                    (defaults below; ~15 min on 2 cores)
#        CUSTOMERS=100000 OPEN_TASKS=10000 HISTORY_ROWS=100000 DURATION=20 benchmarks/scale/run-scale.sh  (smaller)
# Needs: a PostgreSQL 14+ server (PGHOST/PGPORT/PGUSER/PGPASSWORD, default the local one), java 17, python3, curl, psql.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/benchmarks"
SCALE="$BENCH/scale"
cd "$ROOT"

DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-15}"
CONCURRENCY="${CONCURRENCY:-8}"
PREPARE="${PREPARE:-200}"
CUSTOMERS="${CUSTOMERS:-1000000}"
OPEN_TASKS="${OPEN_TASKS:-100000}"
HISTORY_ROWS="${HISTORY_ROWS:-1000000}"
TIMERS="${TIMERS:-10000}"
JOB_OPTS="${JOB_OPTS:-}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
DB="${SCALE_DB:-crm_bench_scale}"
PORT="${SCALE_PORT:-18090}"
APP_JVM_OPTS="${APP_JVM_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC} -Duser.timezone=UTC"
SKIP_BUILD="${SKIP_BUILD:-0}"
SCENARIOS=(intake task-list customer-search)

STAMP="$(date -u +%Y%m%d-%H%M%S)"
WORK="$BENCH/target/scale-runs/$STAMP"
mkdir -p "$WORK" "$BENCH/results"
RESULT="${RESULT:-$BENCH/results/$(date -u +%Y-%m-%d)-scale.md}"
if [[ -e "$RESULT" ]]; then RESULT="${RESULT%.md}-$(date -u +%H%M).md"; fi
MANIFEST="$WORK/manifest.tsv"
: > "$MANIFEST"
log() { printf '%s [scale] %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$WORK/run.log" >&2; }

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID" 2>/dev/null || true; fi
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap 'stop_app' EXIT
trap 'log "interrupted"; exit 130' INT TERM

# ---- build; the jar is copied so that a rebuild during the run cannot pull it from under the application ----
if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building crm-process (./mvnw -B -q -DskipTests package)"
  "$ROOT/mvnw" -B -q -DskipTests package
fi
log "compiling the Gatling simulation"
"$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" test-compile
cp "$ROOT/target/crm-process-0.1.0-SNAPSHOT.jar" "$WORK/crm-process.jar"
KEYSET="$WORK/crm-data-keyset.json"
(umask 077 && java -cp "$WORK/crm-process.jar" -Dloader.main=com.crmflow.platform.crypto.KeysetTool \
  org.springframework.boot.loader.launch.PropertiesLauncher generate "$KEYSET" > /dev/null)
ADMIN_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

# ---- database and application ----
psql -v ON_ERROR_STOP=1 -qAt -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" -c "CREATE DATABASE \"$DB\""
log "starting crm-process on $PGHOST:$PGPORT/$DB"
# shellcheck disable=SC2086
(cd "$WORK" && SPRING_PROFILES_ACTIVE=postgres,demo \
  CRM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" CRM_DB_USER="$PGUSER" CRM_DB_PASSWORD="$PGPASSWORD" \
  CRM_ADMIN_PASSWORD="$ADMIN_PASSWORD" CRM_DATA_KEYSET="$(cat "$KEYSET")" \
  exec java $APP_JVM_OPTS -jar "$WORK/crm-process.jar" --server.port="$PORT" $JOB_OPTS) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { log "the application died, see $WORK/app.log"; tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 2
done

gatling() {
  local scenario="$1" duration="$2" out="$3"; shift 3
  mkdir -p "$out"
  "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=com.crmflow.bench.CompareSimulation \
    -Dgatling.resultsFolder="$out" -Dgatling.runDescription="scale $scenario" \
    -Dbench.app=ours -Dbench.scenario="$scenario" -Dbench.baseUrl="http://127.0.0.1:$PORT" \
    -Dbench.user=huangfang -Dbench.password=demo -Dbench.readUser=wuxia -Dbench.readPassword=demo \
    -Dbench.customers="$CUSTOMERS" -Dbench.concurrency="$CONCURRENCY" -Dbench.duration="$duration" "$@" \
    > "$out/console.log" 2>&1 || { log "Gatling failed ($scenario), see $out/console.log"; tail -30 "$out/console.log" >&2; exit 1; }
}

measure() {
  local phase="$1"
  for scenario in "${SCENARIOS[@]}"; do
    log "$phase: warm-up $scenario (${WARMUP}s)"
    gatling "$scenario" "$WARMUP" "$WORK/$phase/warmup-$scenario" -Dgatling.noReports=true
  done
  for scenario in "${SCENARIOS[@]}"; do
    log "$phase: $scenario (${DURATION}s, $CONCURRENCY users)"
    gatling "$scenario" "$DURATION" "$WORK/$phase/$scenario"
    local report
    report="$(find "$WORK/$phase/$scenario" -mindepth 2 -maxdepth 2 -name index.html -printf '%h\n' | head -1)"
    printf '%s\t%s\t%s\t%s\n' "$phase" "$scenario" "$report" "$WORK/$phase/$scenario/console.log" >> "$MANIFEST"
  done
}

log "empty: $PREPARE complaints so that the group's list has tasks"
gatling prepare 0 "$WORK/prepare" -Dgatling.noReports=true -Dbench.prepare.count="$PREPARE"
measure empty

log "generating $CUSTOMERS customers, $OPEN_TASKS open tasks, $HISTORY_ROWS history rows (generate.sql)"
started=$SECONDS
(cd "$SCALE" && psql -v ON_ERROR_STOP=1 -d "$DB" -v customers="$CUSTOMERS" -v open_tasks="$OPEN_TASKS" \
  -v history_rows="$HISTORY_ROWS" -f generate.sql) > "$WORK/generate.log" 2>&1 \
  || { log "generate.sql failed, see $WORK/generate.log"; tail -20 "$WORK/generate.log" >&2; exit 1; }
GENERATE_SECONDS=$((SECONDS - started))
COUNTS="$(psql -qAt -d "$DB" -F ' ' -c "SELECT (SELECT count(*) FROM crm_customer), (SELECT count(*) FROM act_ru_task),
  (SELECT count(*) FROM act_ru_authorization), (SELECT count(*) FROM act_hi_actinst)")"
log "generated in ${GENERATE_SECONDS}s: customers, open tasks, authorizations, history rows = $COUNTS"
measure large

TIMER_RESULT="$WORK/timers.txt"
: > "$TIMER_RESULT"
if (( TIMERS > 0 )); then
  TIMER_ACT=Timer_InitialResponseWarning
  waiting() {
    psql -qAt -d "$DB" -c "SELECT count(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
      WHERE d.act_id_ = '$TIMER_ACT'"
  }
  have="$(waiting)"
  if (( have < TIMERS )); then
    log "timers: $((TIMERS - have)) more complaints ($have warning timers wait)"
    gatling prepare 0 "$WORK/prepare-timers" -Dgatling.noReports=true -Dbench.prepare.count=$((TIMERS - have))
  fi
  DUE="$(psql -qAt -d "$DB" -c "SELECT to_char(date_trunc('second', now() AT TIME ZONE 'UTC') + interval '60 seconds',
    'YYYY-MM-DD HH24:MI:SS')")"
  # exactly TIMERS of them (the measured phases may have left more waiting), the others keep their own due dates
  have="$(psql -qAt -d "$DB" -c "WITH chosen AS (SELECT j.id_ FROM act_ru_job j JOIN act_ru_jobdef d
      ON d.id_ = j.job_def_id_ WHERE d.act_id_ = '$TIMER_ACT' ORDER BY j.id_ LIMIT $TIMERS)
    UPDATE act_ru_job j SET duedate_ = TIMESTAMP '$DUE' FROM chosen WHERE j.id_ = chosen.id_ RETURNING 1" | wc -l)"
  due_waiting() {
    psql -qAt -d "$DB" -c "SELECT count(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
      WHERE d.act_id_ = '$TIMER_ACT' AND j.duedate_ <= TIMESTAMP '$DUE'"
  }
  log "timers: $have of $(waiting) warning timers due at $DUE UTC; waiting for the job executor"
  for _ in $(seq 1 180); do
    sleep 5
    left="$(due_waiting)"
    if (( left == 0 )); then break; fi
  done
  psql -qAt -d "$DB" -F ' ' -c "
    WITH done AS (SELECT job_id_, process_instance_id_, extract(epoch FROM timestamp_ - TIMESTAMP '$DUE') AS late
                  FROM act_hi_job_log WHERE act_id_ = '$TIMER_ACT' AND job_state_ = 2
                    AND timestamp_ >= TIMESTAMP '$DUE' - interval '1 minute')
    SELECT $have, (SELECT count(*) FROM done), (SELECT count(*) FROM (SELECT job_id_ FROM done GROUP BY 1 HAVING count(*) > 1) x),
      (SELECT count(*) FROM (SELECT proc_inst_id_ FROM act_hi_actinst WHERE act_id_ = '$TIMER_ACT'
         AND start_time_ >= TIMESTAMP '$DUE' - interval '1 minute' GROUP BY 1 HAVING count(*) > 1) y),
      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY late)::numeric, 1),
      round(percentile_cont(0.99) WITHIN GROUP (ORDER BY late)::numeric, 1), round(max(late)::numeric, 1),
      $(due_waiting)
    FROM done" > "$TIMER_RESULT"
  log "timers: due, fired, jobs fired twice, instances fired twice, p50 s, p99 s, max s, still waiting = $(cat "$TIMER_RESULT")"
fi

stop_app
python3 "$SCALE/summarize_scale.py" --manifest "$MANIFEST" --out "$RESULT" --duration "$DURATION" \
  --concurrency "$CONCURRENCY" --generate-seconds "$GENERATE_SECONDS" --counts "$COUNTS" \
  --commit "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" \
  --pg "$(psql -qAt -d postgres -c 'SHOW server_version')" --jvm-opts "$APP_JVM_OPTS" --app-log "$WORK/app.log" \
  --timers "$(cat "$TIMER_RESULT")" --job-opts "${JOB_OPTS:-(defaults)}"
log "result: $RESULT"
