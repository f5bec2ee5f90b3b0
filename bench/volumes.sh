#!/usr/bin/env bash
# Every public page kind at demo size and at realistic volumes, cold and warm, at 1 and 32 connections.
#
#   bench/volumes.sh [seconds-per-run] [--no-build] [--keep]
#
# 1. builds the jar (unless --no-build) and starts two instances from throw-away directories, each with
#    the demo data (nothing of ./data is touched): "demo" (HTTP :18080, PostgreSQL :54399) and "volume"
#    (HTTP :18090, PostgreSQL :54409);
# 2. seeds the volume instance with 10,000 proposals, 20,000 decisions in ten years of monthly
#    meetings and ten years of notices (bench/*-seed.sql), empties its search index and restarts it, so
#    it indexes them all at start-up, then tops the index up to 100,000 documents (bench/search-seed.sql).
#    It then runs with the scheduler off, so the top-up stays (statistics snapshots are computed on
#    first view);
# 3. measures the volume instance cold: right after the restart, each page's first request and a
#    1-connection run;
# 4. warms both up, then measures every page kind on both, interleaved page by page (demo, volume, at 1
#    connection, then at 32), so that a machine shared with other work loads both alike and the ratio
#    volume / demo stays meaningful even when the absolute figures do not;
# 5. writes the figures, with the memory of each JVM (VmRSS) and of each PostgreSQL (the sum of its
#    processes' PSS, which counts shared buffers once) after each pass, to bench/volumes-results.md (or
#    $RESULTS) and prints them.
# --keep leaves the directories with the databases and the logs. Needs wrk, psql and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

SECS=5 BUILD=true KEEP=false
for arg in "$@"; do
  case $arg in --no-build) BUILD=false ;; --keep) KEEP=true ;; [0-9]*) SECS=$arg ;; *) echo "unknown option $arg"; exit 2 ;; esac
done
export PGHOST=localhost PGUSER=postgres PGDATABASE=bygdeportalen
RESULTS=${RESULTS:-bench/volumes-results.md}
for tool in wrk psql curl; do command -v $tool >/dev/null || { echo "$tool is needed (apt-get install -y wrk postgresql-client curl)"; exit 1; }; done
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

if $BUILD; then ./mvnw -B -q -o package -DskipTests -Djacoco.skip=true; fi
jar=$(ls target/bygdeportalen-*.jar | head -1)
data=$(mktemp -d /tmp/bygd-volumes.XXXXXX)
declare -A APP PORT PGP
PORT[demo]=18080 PORT[volume]=18090
PGP[demo]=54399 PGP[volume]=54409
stop() {
  local app=${APP[$1]:-}
  if [[ -n $app ]] && kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app" 2>/dev/null || true; fi
  APP[$1]=
}
cleanup() { stop demo; stop volume; if $KEEP; then echo "kept $data"; else rm -rf "$data"; fi; }
trap cleanup EXIT

start() { # start <instance> [options]
  local name=$1 port=${PORT[$1]}
  shift
  mkdir -p "$data/$name"
  # The documented way to run it (README): jvm.options sets the heap and GC the 400 MB target is about.
  "$JAVA_HOME/bin/java" @jvm.options -jar "$jar" --server.port="$port" --management.server.port=$((port + 1)) \
      --bygdeportalen.embedded-db.data-directory="$data/$name/postgres" --bygdeportalen.embedded-db.port="${PGP[$name]}" \
      --bygdeportalen.data-directory="$data/$name/data" --bygdeportalen.storage.directory="$data/$name/files" "$@" \
      >>"$data/$name/app.log" 2>&1 &
  APP[$name]=$!
  for _ in $(seq 1 600); do
    # Ready comes after the start-up listeners, the search index build included.
    curl -fs -o /dev/null "http://localhost:$((port + 1))/actuator/health/readiness" && return 0
    kill -0 "${APP[$name]}" 2>/dev/null || { tail -50 "$data/$name/app.log"; exit 1; }
    sleep 1
  done
  echo "$name did not become ready"; exit 1
}

sql() { # sql <instance> psql-arguments...
  local name=$1
  shift
  PGPORT=${PGP[$name]} PGPASSWORD=$(cat "$data/$name/postgres-superuser-password") psql -X -q -v ON_ERROR_STOP=1 "$@"
}

mem_mb() { # the JVM's resident memory and PostgreSQL's proportional memory, MB
  local name=$1 jvm pg pid
  jvm=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/${APP[$name]}/status")
  pg=0
  for pid in $(ps -eo pid=,args= | awk -v d="$data/$name/postgres" 'index($0, d) && !/awk/ {print $1}'); do
    pg=$((pg + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$jvm / $((pg / 1024))"
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

next_of() { { curl -fs "http://localhost:${PORT[$1]}$2" | grep -oP '<a href="\K[^"]+(?=" rel="next")' | head -1 | sed 's/&amp;/\&/g'; } || true; }

resolve() { # resolve <instance> <path>
  local name=$1 path=$2
  case $path in
    "@next "*) next_of "$name" "${path#@next }" ;;
    "@deep "*)
      local p=${path#@deep } i
      for i in $(seq 1 149); do p=$(next_of "$name" "$p"); [[ -n $p ]] || break; done
      echo "$p" ;;
    *) echo "$path" ;;
  esac
}

declare -A PATHS
resolve_all() { local page; for page in "${PAGES[@]}"; do PATHS[$1|${page%%|*}]=$(resolve "$1" "${page#*|}"); done; }

# measure <label> <instance> <connections> <seconds> <page>: one wrk run, a line
# "label|page|connections|req/s|p50|p95|p99|errors|first request ms"
measure() {
  local label=$1 name=$2 c=$3 s=$4 page=$5 threads=1 path first result
  [[ $c -gt 1 ]] && threads=2
  path=${PATHS[$name|$page]}
  if [[ -z $path ]]; then echo "$label|$page|$c|-|-|-|-|-|-" >>"$data/results"; return; fi
  first=$(curl -s -o /dev/null -w '%{time_total}' "http://localhost:${PORT[$name]}$path" | awk '{printf "%.1f", $1 * 1000}')
  result=$(wrk -t$threads -c"$c" -d"${s}s" -s "$LUA" "http://localhost:${PORT[$name]}$path" | awk '/^RESULT/ {print $2 "|" $3 "|" $4 "|" $5 "|" $6}')
  echo "$label|$page|$c|$result|$first" | tee -a "$data/results"
}

counts() {
  sql "$1" -At -c "SELECT (SELECT count(*) FROM proposal) || ' proposals, ' || (SELECT count(*) FROM decisions_decision)
      || ' decisions, ' || (SELECT count(*) FROM decisions_meeting) || ' meetings, ' || (SELECT count(*) FROM noticeboard_notice)
      || ' notices, ' || (SELECT count(*) FROM search_index_entry) || ' search documents'"
}

# interleaved <demo label> <volume label> <what>: both instances at 1 and then 32 connections, page by page
# (demo, volume, demo, ...), with the memory of each after each pass.
interleaved() {
  local d=$1 v=$2 what=$3 c page
  for c in 1 32; do
    echo "== $c connection(s)$what, demo and volume interleaved"
    for page in "${PAGES[@]}"; do
      measure "$d" demo "$c" "$SECS" "${page%%|*}"
      measure "$v" volume "$c" "$SECS" "${page%%|*}"
    done
    echo "$d|mem|$(mem_mb demo)|$c" >>"$data/results"
    echo "$v|mem|$(mem_mb volume)|$c" >>"$data/results"
  done
}

START=$(date +%s)
echo "== starting both instances"
start demo
start volume
echo "== seeding the volume instance"
sql volume -v n=10000 -f bench/proposals-seed.sql
sql volume -f bench/decisions-seed.sql
sql volume -f bench/notices-seed.sql
sql volume -c "DELETE FROM search_index_entry" -c "DELETE FROM search_index_state" -c "DELETE FROM platform_snapshot" -c "VACUUM ANALYZE"
stop volume
echo "== restarting it: the search index is built at start-up"
start volume --bygdeportalen.scheduler.enabled=false
sql volume -f bench/search-seed.sql
counts_demo=$(counts demo)
counts_volume=$(counts volume)
resolve_all demo
resolve_all volume
echo "== cold ($counts_volume)"
for page in "${PAGES[@]}"; do measure cold volume 1 "$SECS" "${page%%|*}"; done
echo "cold|mem|$(mem_mb volume)|1" >>"$data/results"
echo "== warm-up of the demo instance"
for page in "${PAGES[@]}"; do measure warmup demo 8 2 "${page%%|*}" >/dev/null; done
interleaved demo warm ""

# The same without the in-app page cache: every request renders its page (the cost a cache miss has, and
# what a signed-in reader's request costs).
echo "== restarting both without the page cache"
stop demo
stop volume
start demo --bygdeportalen.page-cache.enabled=false
start volume --bygdeportalen.scheduler.enabled=false --bygdeportalen.page-cache.enabled=false
for page in "${PAGES[@]}"; do measure warmup demo 8 2 "${page%%|*}" >/dev/null; measure warmup volume 8 2 "${page%%|*}" >/dev/null; done
interleaved demo-nc warm-nc ", no page cache"

# The report: one row per page kind, demo size beside volume.
{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ), ${SECS} s per run, load average before the last pass: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Demo size: $counts_demo. Volume: $counts_volume."
  echo
  for mode in cached uncached; do
    if [[ $mode == cached ]]; then
      echo "**With the in-app page cache** (as it runs: anonymous readers share kept pages)"; d=demo w=warm
    else
      echo "**Without the in-app page cache** (\`bygdeportalen.page-cache.enabled=false\`: every request renders)"; d=demo-nc w=warm-nc
    fi
    echo
    echo "| Page | demo 1 conn. req/s | demo 32 conn. req/s | cold: first request, req/s (1 conn.) | volume 1 conn. req/s, p50 / p95 / p99 ms | volume 32 conn. req/s, p50 / p95 / p99 ms | 32 conn., volume / demo |"
    echo "|---|---|---|---|---|---|---|"
    awk -F'|' -v d="$d" -v w="$w" -v mode="$mode" '
      $2 == "mem" { next }
      { key = $1 "|" $3; rps[key, $2] = $4; p50[key, $2] = $5; p95[key, $2] = $6; p99[key, $2] = $7; first[key, $2] = $9
        if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
      END {
        for (i = 1; i <= n; i++) {
          p = order[i]
          ratio = (rps[d "|32", p] > 0 && rps[w "|32", p] != "-") ? sprintf("%.2f", rps[w "|32", p] / rps[d "|32", p]) : "–"
          cold = mode == "cached" ? first["cold|1", p] " ms, " rps["cold|1", p] : "–"
          printf "| %s | %s | %s | %s | %s, %s / %s / %s | %s, %s / %s / %s | %s |\n", p,
            rps[d "|1", p], rps[d "|32", p], cold,
            rps[w "|1", p], p50[w "|1", p], p95[w "|1", p], p99[w "|1", p],
            rps[w "|32", p], p50[w "|32", p], p95[w "|32", p], p99[w "|32", p], ratio
        }
      }' "$data/results"
    echo
  done
  echo
  echo "Memory after each pass, MB: JVM resident (VmRSS) / PostgreSQL (PSS summed over its processes)"
  echo
  grep '|mem|' "$data/results" | awk -F'|' '{
    what = $1 == "demo" ? "demo size" : $1 == "demo-nc" ? "demo size, no page cache" : $1 == "warm-nc" ? "volume, no page cache" : "volume, " $1
    printf "* %s, %s connection(s): %s\n", what, $4, $3 }'
  echo
  echo "Load from $(date -u -d @"$START" +%H:%MZ) to $(date -u +%H:%MZ): $(( ($(date +%s) - START) / 60 )) minutes."
} | tee "$RESULTS"
