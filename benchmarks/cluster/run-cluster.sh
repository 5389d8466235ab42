#!/usr/bin/env bash
# Two nodes vs one (issue 9, "Cluster"): the packaged crm-process jar as one node and as two nodes on the same
# PostgreSQL database, each time behind the same nginx load balancer (round robin, as docker/nginx-cluster.conf),
# loaded by Gatling's CompareSimulation (intake: POST /api/complaints; read-customers: GET /api/customers).
# See benchmarks/README.md "Cluster". Usage (from anywhere):
#
#   benchmarks/cluster/run-cluster.sh                        # RUNS=3 DURATION=60, ~30 minutes on 2 cores
#   RUNS=1 DURATION=10 WARMUP=5 benchmarks/cluster/run-cluster.sh   # smoke run (result file *-cluster-smoke.md)
#
# Needs nginx on the PATH (Debian: apt-get install -y nginx-light) and a PostgreSQL server (PGHOST 127.0.0.1,
# PGPORT 5432, PGUSER postgres, PGPASSWORD empty) whose database CLUSTER_DB (crm_bench_cluster) is DROPPED and
# created anew for every measurement. Other settings: CONCURRENCY (8) Gatling users; WARMUP (20) seconds of each
# scenario before measuring; NODE_PORTS (18080 18082); LB_PORT (18090); APP_JVM_OPTS (-Xms1g -Xmx1g -XX:+UseG1GC) per node;
# SKIP_BUILD (0): 1 = use the jar already built; RESULT (results/<date>-cluster[-smoke].md).
# NODE_CPUS (empty): one CPU list per node for taskset, e.g. "2,3 4,5" — on a machine with cores to spare, each node
# gets cores of its own (the one-node set-up the first list), as on separate hosts; keep PostgreSQL, nginx and
# Gatling off those cores. Empty: the nodes share all cores with everything else.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/benchmarks"
cd "$ROOT"

RUNS="${RUNS:-3}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-20}"
CONCURRENCY="${CONCURRENCY:-8}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
CLUSTER_DB="${CLUSTER_DB:-crm_bench_cluster}"
read -r -a NODE_PORTS <<< "${NODE_PORTS:-18080 18082}"
read -r -a NODE_CPUS <<< "${NODE_CPUS:-}"
if ((${#NODE_CPUS[@]} > 0 && ${#NODE_CPUS[@]} < ${#NODE_PORTS[@]})); then
  echo "NODE_CPUS names ${#NODE_CPUS[@]} CPU list(s) for ${#NODE_PORTS[@]} nodes: give one per node" >&2
  exit 2
fi
LB_PORT="${LB_PORT:-18090}"
APP_JVM_OPTS="${APP_JVM_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC}"
SKIP_BUILD="${SKIP_BUILD:-0}"
START_TIMEOUT="${START_TIMEOUT:-600}"
SCENARIOS=(intake read-customers)

command -v nginx >/dev/null || { echo "nginx is needed (Debian: apt-get install -y nginx-light)" >&2; exit 1; }

SMOKE=0
if (( DURATION < 60 || RUNS < 3 )); then SMOKE=1; fi
STAMP="$(date -u +%Y%m%d-%H%M%S)"
DAY="$(date -u +%Y-%m-%d)"
if [[ -z "${RESULT:-}" ]]; then
  SUFFIX=""
  if ((SMOKE)); then SUFFIX="-smoke"; fi
  RESULT="$BENCH/results/$DAY-cluster$SUFFIX.md"
  if [[ -e "$RESULT" ]]; then RESULT="${RESULT%.md}-$(date -u +%H%M).md"; fi
fi
WORK="$BENCH/target/cluster-runs/$STAMP"
mkdir -p "$WORK"
MANIFEST="$WORK/manifest.tsv"
: > "$MANIFEST"

log() { printf '%s [cluster] %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$WORK/run.log" >&2; }

PIDS=()
NGINX_PID=""
stop_all() {
  if [[ -n "$NGINX_PID" ]]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  NGINX_PID=""
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
trap 'stop_all' EXIT
trap 'log "interrupted"; exit 130' INT TERM

psql_admin() { psql -v ON_ERROR_STOP=1 -qAt -d postgres "$@"; }

OURS_JAR="$ROOT/target/crm-process-0.1.0-SNAPSHOT.jar"
if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building crm-process (./mvnw -B -q -DskipTests package)"
  "$ROOT/mvnw" -B -q -DskipTests package
fi
# the jar is copied: a build during the run must not change what runs
cp "$OURS_JAR" "$WORK/crm-process.jar"
JAR="$WORK/crm-process.jar"
if ((${#NODE_CPUS[@]} > 0)); then log "nodes pinned to CPUs (taskset -c): ${NODE_CPUS[*]}"; fi
log "compiling the Gatling simulation"
"$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" test-compile
KEYSET="$WORK/crm-data-keyset.json"
(umask 077 && java -cp "$JAR" -Dloader.main=com.crmflow.platform.crypto.KeysetTool \
  org.springframework.boot.loader.launch.PropertiesLauncher generate "$KEYSET" > /dev/null)
ADMIN_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

# start_node INDEX DIR — node INDEX (0-based) on NODE_PORTS[INDEX], waits until it is UP
start_node() {
  local i="$1" dir="$2" port="${NODE_PORTS[$1]}"
  local pin=()
  if ((${#NODE_CPUS[@]} > 0)); then pin=(taskset -c "${NODE_CPUS[$i]}"); fi
  mkdir -p "$dir"
  # shellcheck disable=SC2086
  (cd "$dir" && SPRING_PROFILES_ACTIVE=postgres,demo \
    CRM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$CLUSTER_DB" CRM_DB_USER="$PGUSER" CRM_DB_PASSWORD="$PGPASSWORD" \
    CRM_ADMIN_PASSWORD="$ADMIN_PASSWORD" CRM_DATA_KEYSET="$(cat "$KEYSET")" \
    exec "${pin[@]}" java $APP_JVM_OPTS -Duser.timezone=Asia/Shanghai -jar "$JAR" --server.port="$port" \
      --server.forward-headers-strategy=native) > "$dir/node$((i + 1)).log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  local started=$SECONDS
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { log "node $((i + 1)) exited:"; tail -40 "$dir/node$((i + 1)).log" >&2; exit 1; }
    (( SECONDS - started > START_TIMEOUT )) && { log "node $((i + 1)) not ready"; exit 1; }
    sleep 2
  done
  log "node $((i + 1)) ready on port $port after $((SECONDS - started)) s"
}

# start_lb NODES DIR — nginx on LB_PORT over the first NODES nodes (the directives of docker/nginx-cluster.conf)
start_lb() {
  local nodes="$1" dir="$2/nginx" servers="" i
  mkdir -p "$dir/logs"
  for ((i = 0; i < nodes; i++)); do servers+="    server 127.0.0.1:${NODE_PORTS[$i]} max_fails=1 fail_timeout=10s;"$'\n'; done
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/body; proxy_temp_path $dir/proxy; fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
  upstream crm {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 20m;
    location / {
      proxy_pass http://crm;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
      proxy_read_timeout 120s;
    }
  }
}
CONF
  nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  until curl -sf "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.5; done
}

gatling() {
  local scenario="$1" duration="$2" out="$3"; shift 3
  mkdir -p "$out"
  "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=com.crmflow.bench.CompareSimulation \
    -Dgatling.resultsFolder="$out" -Dgatling.runDescription="cluster $scenario" \
    -Dbench.app=ours -Dbench.scenario="$scenario" -Dbench.baseUrl="http://127.0.0.1:$LB_PORT" \
    -Dbench.user=huangfang -Dbench.password=demo -Dbench.readUser=wuxia -Dbench.readPassword=demo \
    -Dbench.concurrency="$CONCURRENCY" -Dbench.duration="$duration" "$@" > "$out/console.log" 2>&1 || {
      log "Gatling failed ($scenario), see $out/console.log:"; tail -30 "$out/console.log" >&2; exit 1; }
}

cpu_of_nodes() {
  local total=0 pid
  for pid in "${PIDS[@]}"; do total=$(( total + $(awk '{print $14+$15}' "/proc/$pid/stat") )); done
  echo "$total"
}

for run in $(seq 1 "$RUNS"); do
  if (( run % 2 == 1 )); then order=(1 2); else order=(2 1); fi
  for nodes in "${order[@]}"; do
    dir="$WORK/run$run/nodes$nodes"
    log "run $run: $nodes node(s) — recreating $CLUSTER_DB"
    psql_admin -c "DROP DATABASE IF EXISTS \"$CLUSTER_DB\" WITH (FORCE)" -c "CREATE DATABASE \"$CLUSTER_DB\""
    for ((i = 0; i < nodes; i++)); do start_node "$i" "$dir"; done
    start_lb "$nodes" "$dir"
    for scenario in "${SCENARIOS[@]}"; do
      gatling "$scenario" "$WARMUP" "$dir/warmup-$scenario" -Dgatling.noReports=true
    done
    for scenario in "${SCENARIOS[@]}"; do
      out="$dir/$scenario"
      log "run $run: $nodes node(s) $scenario (${DURATION}s, $CONCURRENCY users)"
      before="$(cpu_of_nodes)"
      gatling "$scenario" "$DURATION" "$out"
      after="$(cpu_of_nodes)"
      report="$(find "$out" -mindepth 2 -maxdepth 2 -name index.html -printf '%h\n' | head -1)"
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$nodes" "$scenario" "$report" "$out/console.log" \
        "$(( (after - before) / $(getconf CLK_TCK) ))" >> "$MANIFEST"
    done
    stop_all
  done
done

python3 "$BENCH/cluster/summarize_cluster.py" --manifest "$MANIFEST" --out "$RESULT" --runs "$RUNS" \
  --duration "$DURATION" --warmup "$WARMUP" --concurrency "$CONCURRENCY" --jvm-opts "$APP_JVM_OPTS" \
  --commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!benchmarks/results' || echo '+local changes')" \
  --pg "$(psql_admin -c 'show server_version')" --nginx "$(nginx -v 2>&1 | sed 's/.*: //')"
log "results: $RESULT (Gatling reports and node logs: $WORK)"
