#!/usr/bin/env bash
# Comparison benchmark: crm-process ("ours") against a bare Camunda 7.24 Spring Boot application ("ref",
# benchmarks/reference-app), both as packaged jars with the same JVM flags on the same PostgreSQL server, loaded by
# Gatling (benchmarks/src/test/java/com/crmflow/bench/CompareSimulation.java) one application at a time.
# See benchmarks/README.md. Usage (from anywhere):
#
#   benchmarks/run.sh                      # RUNS=3 DURATION=60: the measurement, ~1 hour on 2 cores
#   DURATION=10 WARMUP=5 RUNS=1 benchmarks/run.sh   # smoke run of the harness (result file *-smoke.md)
#
# Environment (defaults): RUNS (3) repetitions of the whole comparison; DURATION (60) seconds per measured
# scenario; WARMUP (20) seconds per scenario before measuring; CONCURRENCY (8) closed-workload users;
# TASKS_PER_SECOND (200): tasks prepared for the task-completion scenario = DURATION × this (the run stops early
# and says so if they run out); PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD (empty): the
# PostgreSQL server, whose databases OURS_DB (crm_bench_ours) and REF_DB (crm_bench_ref) are DROPPED and created
# anew for every run; OURS_PORT (18080) REF_PORT (18081); APP_JVM_OPTS (-Xms1g -Xmx1g -XX:+UseG1GC) for both
# applications; SKIP_BUILD (0): 1 = use the jars already built; RESULT (results/<date>[-smoke].md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
cd "$ROOT"

RUNS="${RUNS:-3}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-20}"
CONCURRENCY="${CONCURRENCY:-8}"
TASKS_PER_SECOND="${TASKS_PER_SECOND:-200}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
OURS_DB="${OURS_DB:-crm_bench_ours}"
REF_DB="${REF_DB:-crm_bench_ref}"
OURS_PORT="${OURS_PORT:-18080}"
REF_PORT="${REF_PORT:-18081}"
APP_JVM_OPTS="${APP_JVM_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC}"
SKIP_BUILD="${SKIP_BUILD:-0}"
START_TIMEOUT="${START_TIMEOUT:-600}"

# the benchmark users (demo profile of crm-process; the reference app's DemoUser)
OURS_USER=huangfang        # cs-specialist: records complaints, assesses them
OURS_READ_USER=wuxia       # crm-dept: sees every customer
OURS_PASSWORD=demo
REF_USER=demo
REF_PASSWORD=demo

OURS_SCENARIOS=(intake read-count read-customers complete)
REF_SCENARIOS=(intake one-service-task read-count complete)

SMOKE=0
if (( DURATION < 60 || RUNS < 3 )); then SMOKE=1; fi
STAMP="$(date -u +%Y%m%d-%H%M%S)"
DAY="$(date -u +%Y-%m-%d)"
if [[ -z "${RESULT:-}" ]]; then
  SUFFIX=""
  if ((SMOKE)); then SUFFIX="-smoke"; fi
  RESULT="$BENCH/results/$DAY$SUFFIX.md"
  if [[ -e "$RESULT" ]]; then RESULT="${RESULT%.md}-$(date -u +%H%M).md"; fi
fi
WORK="$BENCH/target/bench-runs/$STAMP"
mkdir -p "$WORK" "$(dirname "$RESULT")"
MANIFEST="$WORK/manifest.tsv"
: > "$MANIFEST"

log() { printf '%s [bench] %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$WORK/run.log" >&2; }

# ---- the applications: started by this script, stopped by pid (also on failure or Ctrl-C) ----
APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap 'stop_app' EXIT
trap 'log "interrupted"; exit 130' INT TERM

psql_admin() { psql -v ON_ERROR_STOP=1 -qAt -d postgres "$@"; }

recreate_database() {
  psql_admin -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\""
}

# start_app ours|ref RUN — starts the jar in the background (working directory: the run's folder, so that no
# ./config of the checkout is read) and waits until it answers
start_app() {
  local app="$1" run="$2" dir="$WORK/run$2"
  local logfile="$dir/$app-app.log"
  mkdir -p "$dir"
  if [[ "$app" == ours ]]; then
    # shellcheck disable=SC2086
    (cd "$dir" && SPRING_PROFILES_ACTIVE=postgres,demo \
      CRM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$OURS_DB" CRM_DB_USER="$PGUSER" CRM_DB_PASSWORD="$PGPASSWORD" \
      CRM_ADMIN_PASSWORD="$ADMIN_PASSWORD" CRM_DATA_KEYSET="$(cat "$KEYSET")" \
      exec java $APP_JVM_OPTS -jar "$OURS_JAR" --server.port="$OURS_PORT") > "$logfile" 2>&1 &
  else
    # shellcheck disable=SC2086
    (cd "$dir" && REF_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$REF_DB" REF_DB_USER="$PGUSER" \
      REF_DB_PASSWORD="$PGPASSWORD" REF_BENCH_USER="$REF_USER" REF_BENCH_PASSWORD="$REF_PASSWORD" \
      exec java $APP_JVM_OPTS -jar "$REF_JAR" --server.port="$REF_PORT") > "$logfile" 2>&1 &
  fi
  APP_PID=$!
  log "run $run: $app started (pid $APP_PID, log $logfile)"
  local started=$SECONDS
  while true; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      log "$app exited during start-up; last lines of $logfile:"; tail -40 "$logfile" >&2; exit 1
    fi
    if [[ "$app" == ours ]]; then
      curl -sf "http://127.0.0.1:$OURS_PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    else
      curl -sf -u "$REF_USER:$REF_PASSWORD" "http://127.0.0.1:$REF_PORT/engine-rest/version" >/dev/null 2>&1 && break
    fi
    if (( SECONDS - started > START_TIMEOUT )); then
      log "$app did not answer within ${START_TIMEOUT}s"; tail -40 "$logfile" >&2; exit 1
    fi
    sleep 2
  done
  log "run $run: $app ready after $((SECONDS - started)) s"
}

# gatling APP SCENARIO DURATION OUTDIR [extra -D…] — one Gatling run of CompareSimulation; console to OUTDIR/console.log
gatling() {
  local app="$1" scenario="$2" duration="$3" out="$4"; shift 4
  local base user password read_user
  if [[ "$app" == ours ]]; then
    base="http://127.0.0.1:$OURS_PORT" user="$OURS_USER" password="$OURS_PASSWORD" read_user="$OURS_READ_USER"
  else
    base="http://127.0.0.1:$REF_PORT" user="$REF_USER" password="$REF_PASSWORD" read_user="$REF_USER"
  fi
  mkdir -p "$out"
  "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=com.crmflow.bench.CompareSimulation \
    -Dgatling.resultsFolder="$out" -Dgatling.runDescription="$app $scenario" \
    -Dbench.app="$app" -Dbench.scenario="$scenario" -Dbench.baseUrl="$base" \
    -Dbench.user="$user" -Dbench.password="$password" \
    -Dbench.readUser="$read_user" -Dbench.readPassword="$password" \
    -Dbench.concurrency="$CONCURRENCY" -Dbench.duration="$duration" "$@" > "$out/console.log" 2>&1 || {
      log "Gatling failed ($app $scenario), see $out/console.log:"; tail -30 "$out/console.log" >&2; exit 1; }
}

open_tasks() {
  local app="$1" url
  if [[ "$app" == ours ]]; then
    url="http://127.0.0.1:$OURS_PORT/engine-rest/task/count?taskDefinitionKey=Task_AssessComplaint&unassigned=true"
    curl -sf -u "$OURS_USER:$OURS_PASSWORD" "$url"
  else
    url="http://127.0.0.1:$REF_PORT/engine-rest/task/count?taskDefinitionKey=Task_Assess&unassigned=true"
    curl -sf -u "$REF_USER:$REF_PASSWORD" "$url"
  fi | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])'
}

# bench_app ours|ref RUN — warm-up, then each measured scenario, then stop
bench_app() {
  local app="$1" run="$2" dir="$WORK/run$2"
  local -a scenarios
  if [[ "$app" == ours ]]; then scenarios=("${OURS_SCENARIOS[@]}"); else scenarios=("${REF_SCENARIOS[@]}"); fi
  start_app "$app" "$run"
  local load_before
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  for scenario in "${scenarios[@]}"; do
    log "run $run: $app warm-up $scenario (${WARMUP}s)"
    gatling "$app" "$scenario" "$WARMUP" "$dir/warmup/$app-$scenario" -Dgatling.noReports=true \
      -Dbench.markerFile="$dir/warmup/$app-$scenario/exhausted.txt"
  done
  for scenario in "${scenarios[@]}"; do
    if [[ "$scenario" == complete ]]; then
      local have need
      have="$(open_tasks "$app")"
      need=$(( DURATION * TASKS_PER_SECOND ))
      if (( have < need )); then
        log "run $run: $app prepare $((need - have)) tasks for complete ($have open)"
        gatling "$app" prepare 0 "$dir/prepare/$app" -Dgatling.noReports=true -Dbench.prepare.count=$((need - have))
      fi
      log "run $run: $app has $(open_tasks "$app") open tasks for complete"
      sleep 5
    fi
    local out="$dir/$app-$scenario" cpu_before cpu_after
    log "run $run: $app $scenario (${DURATION}s, $CONCURRENCY users)"
    cpu_before="$(awk '{print $14+$15}' "/proc/$APP_PID/stat")"
    gatling "$app" "$scenario" "$DURATION" "$out" -Dbench.markerFile="$out/exhausted.txt"
    cpu_after="$(awk '{print $14+$15}' "/proc/$APP_PID/stat")"
    local report
    report="$(find "$out" -mindepth 2 -maxdepth 2 -name index.html -printf '%h\n' | head -1)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$app" "$scenario" "$report" "$out/console.log" \
      "$(( (cpu_after - cpu_before) / $(getconf CLK_TCK) ))" "$dir/$app-app.log" >> "$MANIFEST"
    grep -E '^> (Global|intake|one-service-task|read-count|read-customers|claim|submit-form) ' "$out/console.log" \
      | tail -3 | sed "s/^/    /" >&2 || true
  done
  printf '%s\t%s\tload\t%s -> %s\n' "$run" "$app" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/loads.tsv"
  stop_app
  log "run $run: $app stopped"
}

# ---- build ----
OURS_JAR="$ROOT/target/crm-process-0.1.0-SNAPSHOT.jar"
REF_JAR="$BENCH/reference-app/target/camunda-reference-app.jar"
if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building crm-process (./mvnw -B -q -DskipTests package)"
  "$ROOT/mvnw" -B -q -DskipTests package
  log "building the reference app"
  "$ROOT/mvnw" -B -q -f "$BENCH/reference-app/pom.xml" -DskipTests package
fi
log "compiling the Gatling simulation"
"$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" test-compile
[[ -f "$OURS_JAR" && -f "$REF_JAR" ]] || { log "missing jar: $OURS_JAR or $REF_JAR"; exit 1; }

# a throwaway data keyset for this benchmark (docs/operations.md "The data keyset"); never used for real data
KEYSET="$WORK/crm-data-keyset.json"
(umask 077 && java -cp "$OURS_JAR" -Dloader.main=com.crmflow.platform.crypto.KeysetTool \
  org.springframework.boot.loader.launch.PropertiesLauncher generate "$KEYSET" > /dev/null)
ADMIN_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

# ---- the runs: each recreates both databases; the application order alternates ----
for run in $(seq 1 "$RUNS"); do
  log "run $run of $RUNS: recreating databases $OURS_DB and $REF_DB on $PGHOST:$PGPORT"
  recreate_database "$OURS_DB"
  recreate_database "$REF_DB"
  if (( run % 2 == 1 )); then order=(ours ref); else order=(ref ours); fi
  for app in "${order[@]}"; do
    bench_app "$app" "$run"
  done
done

# ---- the result file ----
python3 "$BENCH/summarize.py" --manifest "$MANIFEST" --loads "$WORK/loads.tsv" --out "$RESULT" \
  --smoke "$SMOKE" --runs "$RUNS" --duration "$DURATION" --warmup "$WARMUP" --concurrency "$CONCURRENCY" \
  --jvm-opts "$APP_JVM_OPTS" --commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!benchmarks/results' || echo '+local changes')" \
  --pg "$(psql_admin -c 'show server_version')" --work "$WORK"
log "results: $RESULT (Gatling reports and application logs: $WORK)"
