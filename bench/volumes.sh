#!/usr/bin/env bash
# Every public page kind at demo size and at realistic volumes, cold and warm, at 1 and 32 connections.
#
#   bench/volumes.sh [seconds-per-run] [--no-build] [--keep]
#
# 1. builds the jar (unless --no-build) and starts it with the demo data in a throw-away directory
#    (HTTP :18080, management :18081, embedded PostgreSQL :54399; nothing of ./data is touched);
# 2. measures every page kind at demo size: a warm-up pass, then 1 and 32 connections;
# 3. seeds 10,000 proposals, 20,000 decisions in ten years of monthly meetings, ten years of notices
#    (bench/*-seed.sql), empties the search index and restarts, so the application indexes them all at
#    start-up, then tops the index up to 100,000 documents (bench/search-seed.sql). The second run has
#    the scheduler off, so the top-up stays (statistics snapshots are computed on first view);
# 4. measures again: cold (the first pass after the restart, 1 connection; the first request's own
#    time too), then warm at 1 and 32 connections;
# 5. writes the figures, with the resident memory (VmRSS from /proc) of the JVM and of PostgreSQL
#    after each pass, to bench/volumes-results.md (or $RESULTS) and prints them.
# --keep leaves the directory with the database and the logs. Needs wrk, psql and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

SECS=5 BUILD=true KEEP=false
for arg in "$@"; do
  case $arg in --no-build) BUILD=false ;; --keep) KEEP=true ;; [0-9]*) SECS=$arg ;; *) echo "unknown option $arg"; exit 2 ;; esac
done
PORT=18080 MPORT=18081
export PGHOST=localhost PGPORT=54399 PGUSER=postgres PGDATABASE=bygdeportalen
BASE=http://localhost:$PORT
RESULTS=${RESULTS:-bench/volumes-results.md}
for tool in wrk psql curl; do command -v $tool >/dev/null || { echo "$tool is needed (apt-get install -y wrk postgresql-client curl)"; exit 1; }; done
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

if $BUILD; then ./mvnw -B -q -o package -DskipTests -Djacoco.skip=true; fi
jar=$(ls target/bygdeportalen-*.jar | head -1)
data=$(mktemp -d /tmp/bygd-volumes.XXXXXX)
app=
stop() {
  if [[ -n $app ]] && kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app" 2>/dev/null || true; fi
  app=
}
cleanup() { stop; if $KEEP; then echo "kept $data"; else rm -rf "$data"; fi; }
trap cleanup EXIT

start() {
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" --server.port=$PORT --management.server.port=$MPORT \
      --bygdeportalen.embedded-db.data-directory="$data/postgres" --bygdeportalen.embedded-db.port=$PGPORT \
      --bygdeportalen.data-directory="$data/data" --bygdeportalen.storage.directory="$data/files" "$@" \
      >>"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    # Ready comes after the start-up listeners, the search index build included.
    curl -fs -o /dev/null "http://localhost:$MPORT/actuator/health/readiness" && break
    kill -0 "$app" 2>/dev/null || { tail -50 "$data/app.log"; exit 1; }
    sleep 1
  done
  PGPASSWORD=$(cat "$data/postgres-superuser-password")
  export PGPASSWORD
}

rss_kb() { # the JVM's and PostgreSQL's resident memory, kB
  local jvm pg
  jvm=$(awk '/^VmRSS/ {print $2}' "/proc/$app/status")
  pg=$(ps -eo rss=,args= | awk -v d="$data/postgres" 'index($0, d) && !/awk/ {s += $1} END {print s + 0}')
  echo "$jvm $pg"
}

LUA=$data/report.lua
cat >"$LUA" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
LUA

# name|path; paths starting with @ are resolved after seeding (next links).
PAGES=(
  "start page|/sv/"
  "proposals: list|/sv/medborgarforslag"
  "proposals: list, next page|@next /sv/medborgarforslag"
  "proposals: list, 150th page|@deep /fi/medborgarforslag"
  "proposals: old ?page=50|/sv/medborgarforslag?page=50"
  "proposals: filtered|/sv/medborgarforslag?village=aapua&category=kultur-och-fritid&year=2024"
  "proposals: search, common word|/sv/medborgarforslag?q=gatlamporna"
  "proposals: search, Finnish|/fi/medborgarforslag?q=valaistusta"
  "proposals: search, by date|/sv/medborgarforslag?q=gatlamporna&sort=newest"
  "proposals: statistics|/sv/medborgarforslag/statistik"
  "proposals: how it works|/en/medborgarforslag/sa-fungerar-det"
  "proposals: Atom feed|/sv/medborgarforslag.atom"
  "proposals: API|/api/v1/proposals?size=50"
  "decisions: search page|/sv/beslut"
  "decisions: search, common word|/sv/beslut?q=budget"
  "decisions: search, rare word|/sv/beslut?q=Vittikkovuoma"
  "decisions: statistics|/sv/beslut/statistik"
  "decisions: API, search|/api/v1/decisions?q=esikoulussa"
  "meetings: upcoming|/sv/sammantraden"
  "meetings: archive|/sv/sammantraden/arkiv"
  "meetings: calendar feed|/sv/sammantraden.ics"
  "notice board|/sv/anslagstavla"
  "notice board: archive|/sv/anslagstavla/arkiv"
  "notice board: Atom feed|/sv/anslagstavla.atom"
  "organisation|/sv/organisation"
  "site search: common word|/sv/sok?q=budget"
  "site search: rare word|/sv/sok?q=Vittikkovuoma"
)

next_of() { curl -fs "$BASE$1" | grep -oP '<a href="\K[^"]+(?=" rel="next")' | head -1 | sed 's/&amp;/\&/g'; }

resolve() {
  local path=$1
  case $path in
    "@next "*) next_of "${path#@next }" ;;
    "@deep "*)
      local p=${path#@deep } i
      for i in $(seq 1 149); do p=$(next_of "$p"); [[ -n $p ]] || break; done
      echo "$p" ;;
    *) echo "$path" ;;
  esac
}

declare -A PATHS
resolve_all() { for page in "${PAGES[@]}"; do PATHS[${page%%|*}]=$(resolve "${page#*|}"); done; }

# run <label> <connections> <seconds>: one wrk run per page, a line "label|page|c|rps|p50|p95|p99|errors|first ms" each
run() {
  local label=$1 c=$2 s=$3 threads=1 name path first result
  [[ $c -gt 1 ]] && threads=2
  for page in "${PAGES[@]}"; do
    name=${page%%|*}
    path=${PATHS[$name]}
    if [[ -z $path ]]; then echo "$label|$name|$c|-|-|-|-|-|-" >>"$data/results"; continue; fi
    first=$(curl -s -o /dev/null -w '%{time_total}' "$BASE$path" | awk '{printf "%.1f", $1 * 1000}')
    result=$(wrk -t$threads -c"$c" -d"${s}s" -s "$LUA" "$BASE$path" | awk '/^RESULT/ {print $2 "|" $3 "|" $4 "|" $5 "|" $6}')
    echo "$label|$name|$c|$result|$first" | tee -a "$data/results"
  done
  echo "$label|rss|$(rss_kb)|$c" | tee -a "$data/results"
}

echo "== demo size"
start
resolve_all
run warmup 8 2 >/dev/null
run demo 1 "$SECS"
run demo 32 "$SECS"
counts_demo=$(psql -X -At -c "SELECT (SELECT count(*) FROM proposal) || ' proposals, ' || (SELECT count(*) FROM decisions_decision)
    || ' decisions, ' || (SELECT count(*) FROM decisions_meeting) || ' meetings, ' || (SELECT count(*) FROM noticeboard_notice)
    || ' notices, ' || (SELECT count(*) FROM search_index_entry) || ' search documents'")

echo "== seeding"
psql -X -q -v ON_ERROR_STOP=1 -v n=10000 -f bench/proposals-seed.sql
psql -X -q -v ON_ERROR_STOP=1 -f bench/decisions-seed.sql
psql -X -q -v ON_ERROR_STOP=1 -f bench/notices-seed.sql
psql -X -q -c "DELETE FROM search_index_entry" -c "DELETE FROM search_index_state" -c "DELETE FROM platform_snapshot" -c "VACUUM ANALYZE"
stop
echo "== restart: the search index is built at start-up"
start --bygdeportalen.scheduler.enabled=false
psql -X -q -v ON_ERROR_STOP=1 -f bench/search-seed.sql
counts=$(psql -X -At -c "SELECT (SELECT count(*) FROM proposal) || ' proposals, ' || (SELECT count(*) FROM decisions_decision)
    || ' decisions, ' || (SELECT count(*) FROM decisions_meeting) || ' meetings, ' || (SELECT count(*) FROM noticeboard_notice)
    || ' notices, ' || (SELECT count(*) FROM search_index_entry) || ' search documents'")
resolve_all
echo "== at volume ($counts)"
run cold 1 "$SECS"
run warm 1 "$SECS"
run warm 32 "$SECS"

# The report: one row per page kind, demo size beside volume.
{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ), ${SECS} s per run, load average before the last pass: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Demo size: $counts_demo. Volume: $counts."
  echo
  echo "| Page | demo 1 conn. req/s | demo 32 conn. req/s | cold: first request, req/s (1 conn.) | warm 1 conn. req/s, p50 / p95 / p99 ms | warm 32 conn. req/s, p50 / p95 / p99 ms | 32 conn., volume / demo |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'|' '
    $2 == "rss" { rss[$1 "|" $3] = $0; next }
    { key = $1 "|" $3; rps[key, $2] = $4; p50[key, $2] = $5; p95[key, $2] = $6; p99[key, $2] = $7; first[key, $2] = $9
      if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
    END {
      for (i = 1; i <= n; i++) {
        p = order[i]
        ratio = (rps["demo|32", p] > 0 && rps["warm|32", p] != "-") ? sprintf("%.2f", rps["warm|32", p] / rps["demo|32", p]) : "–"
        printf "| %s | %s | %s | %s ms, %s | %s, %s / %s / %s | %s, %s / %s / %s | %s |\n", p,
          rps["demo|1", p], rps["demo|32", p], first["cold|1", p], rps["cold|1", p],
          rps["warm|1", p], p50["warm|1", p], p95["warm|1", p], p99["warm|1", p],
          rps["warm|32", p], p50["warm|32", p], p95["warm|32", p], p99["warm|32", p], ratio
      }
    }' "$data/results"
  echo
  echo "Resident memory after each pass (VmRSS, MB): JVM / PostgreSQL (all its processes)"
  echo
  grep '|rss|' "$data/results" | awk -F'|' '{split($3, m, " "); printf "* %s, %s connection(s): %.0f / %.0f\n", $1, $4, m[1] / 1024, m[2] / 1024}'
} | tee "$RESULTS"
