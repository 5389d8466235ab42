#!/usr/bin/env bash
# Side by side of two builds of crm-process on one scenario of CompareSimulation: ROUNDS alternations of BASE_JAR and
# NEW_JAR, each started on a fresh database (profiles postgres,demo, -Xms1g -Xmx1g -XX:+UseG1GC), WARM s of warm-up,
# then DURATION s measured at 8 users. Prints per round: rate (submit-forms/s for complete), the application's and
# PostgreSQL's CPU ms per request (per iteration for complete), p50 and p95 of all requests.
# Usage: BASE_JAR=old.jar NEW_JAR=new.jar [SCEN=intake|complete] [WARM=40] [DURATION=30] [ROUNDS=2] benchmarks/ab.sh
# For complete, both get the same number of open tasks first ((DURATION + WARM) x 200 intakes, not measured).
# PostgreSQL CPU is the sum over all postgres processes of the machine: run nothing else on it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
DURATION=${DURATION:-30}; WARM=${WARM:-40}; ROUNDS=${ROUNDS:-2}; SCEN=${SCEN:-intake}; PORT=${AB_PORT:-18099}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-}
DB=${AB_DB:-crm_bench_ab}
WORK="$BENCH/target/ab-runs/$(date -u +%Y%m%d-%H%M%S)-$SCEN"
mkdir -p "$WORK"
cp "${BASE_JAR:?BASE_JAR: the jar to compare against}" "$WORK/base.jar"
cp "${NEW_JAR:?NEW_JAR: the changed jar}" "$WORK/new.jar"
cd "$WORK"
(umask 077 && java -cp new.jar -Dloader.main=com.crmflow.platform.crypto.KeysetTool \
  org.springframework.boot.loader.launch.PropertiesLauncher generate keyset.json > /dev/null)
gat() {
  "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" gatling:test -Dgatling.simulationClass=com.crmflow.bench.CompareSimulation \
    -Dgatling.resultsFolder="$WORK/gatling" -Dbench.app=ours -Dbench.baseUrl="http://127.0.0.1:$PORT" \
    -Dbench.user=huangfang -Dbench.password=demo -Dbench.readUser=wuxia -Dbench.readPassword=demo \
    -Dbench.concurrency=8 "$@"
}
pg_ticks() { cat /proc/[0-9]*/stat 2>/dev/null | awk '$2=="(postgres)"{s+=$14+$15} END{print s+0}'; }
APP=""
trap '[ -n "$APP" ] && kill $APP 2>/dev/null || true' EXIT
for r in $(seq 1 "$ROUNDS"); do for v in base new; do
  psql -qAt -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" -c "CREATE DATABASE \"$DB\"" 2>/dev/null
  SPRING_PROFILES_ACTIVE=postgres,demo CRM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" CRM_DB_USER="$PGUSER" \
    CRM_DB_PASSWORD="$PGPASSWORD" CRM_ADMIN_PASSWORD="ab-$$" CRM_DATA_KEYSET="$(cat keyset.json)" \
    java -Xms1g -Xmx1g -XX:+UseG1GC -jar "$v.jar" --server.port="$PORT" > "app-$v-$r.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP && break; sleep 2; done
  if [ "$SCEN" = complete ]; then
    gat -Dbench.scenario=prepare -Dbench.duration=0 -Dgatling.noReports=true \
      -Dbench.prepare.count=$(( (DURATION + WARM) * 200 )) > "prepare-$v-$r.log" 2>&1
  fi
  gat -Dbench.scenario="$SCEN" -Dbench.duration="$WARM" -Dgatling.noReports=true > "warm-$v-$r.log" 2>&1 || true
  c0=$(awk '{print $14+$15}' /proc/$APP/stat); p0=$(pg_ticks)
  gat -Dbench.scenario="$SCEN" -Dbench.duration="$DURATION" > "gatling-$v-$r.log" 2>&1 || true
  c1=$(awk '{print $14+$15}' /proc/$APP/stat); p1=$(pg_ticks)
  kill $APP; wait $APP 2>/dev/null || true; APP=""
  python3 - "gatling-$v-$r.log" "$DURATION" "round $r $v" $((c1 - c0)) $((p1 - p0)) "$(getconf CLK_TCK)" <<'PY'
import re, sys
log, duration, label, app, pg, hz = sys.argv[1], float(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
text = open(log).read()
counts = re.findall(r'^> (?:intake|submit-form) +\|\s+([\d,]+)', text, re.M)
n = int(counts[-1].replace(',', '')) if counts else 0
pct = lambda p: (re.search(p + r'th percentile \(ms\)\s*\|\s*([\d,]+)', text) or [None, '?'])[1]
per = lambda ticks: '%.2f' % (ticks * 1000 / hz / n) if n else '?'
print(f'{label}: {n / duration:.1f}/s, app CPU {per(app)} ms, PostgreSQL CPU {per(pg)} ms per request, p50 {pct("50")} ms, p95 {pct("95")} ms')
PY
done; done
echo "logs: $WORK"
