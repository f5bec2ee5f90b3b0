#!/usr/bin/env bash
# Load test of the public proposal pages (list, search, feed, API, statistics) with 10,000 proposals.
#
#   bench/proposals.sh [--start] [--clean] [base-url] [seconds] [connections]
#
# It seeds bench/proposals-seed.sql into the database with psql (PGHOST/PGPORT/PGUSER/PGDATABASE,
# defaults fit a demo run started with --start) and runs wrk against each page.
#   --start  builds the jar and starts its own instance on port 18080 with an embedded PostgreSQL
#            on port 54399 whose data lives in a throw-away directory (no demo data), and stops it at the end
#   --clean  only removes the bench proposals (proposer e-mail bench-…@example.invalid) and exits
# See bench/proposals.md for the results and how to read them.
set -euo pipefail
cd "$(dirname "$0")/.."

START=false CLEAN=false
while [[ ${1:-} == --* ]]; do
  case $1 in --start) START=true ;; --clean) CLEAN=true ;; *) echo "unknown option $1"; exit 2 ;; esac
  shift
done
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-54399} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-bygdeportalen}
BASE=${1:-http://localhost:18080}
SECONDS_EACH=${2:-10}
CONNECTIONS=${3:-16}
N=${BENCH_PROPOSALS:-10000}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql is needed: apt-get install -y postgresql-client"; exit 1; }

if $CLEAN; then
  psql -X -q -c "DELETE FROM proposal WHERE proposer_email LIKE 'bench-%@example.invalid'"
  exit 0
fi

if $START; then
  JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -B -q -o package -DskipTests
  data=$(mktemp -d)
  java -Xmx512m -jar target/bygdeportalen-*.jar --server.port=18080 --management.server.port=18081 \
       --bygdeportalen.embedded-db.data-directory="$data/postgres" --bygdeportalen.embedded-db.port=54399 \
       --bygdeportalen.demo.data=false --bygdeportalen.demo.sign-in=false >"$data/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "$BASE/sv/medborgarforslag" && break
    kill -0 $app 2>/dev/null || { cat "$data/app.log"; exit 1; }
    sleep 1
  done
fi

echo "== seeding $N proposals into $PGHOST:$PGPORT/$PGDATABASE"
psql -X -q -v n="$N" -f bench/proposals-seed.sql

run() {
  local name=$1 path=$2
  printf '\n== %s  %s\n' "$name" "$path"
  curl -fs -o /dev/null -w 'first request %{http_code} %{size_download} bytes %{time_total}s\n' "$BASE$path"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$BASE$path" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
}

run "list, first page (sv)" "/sv/medborgarforslag"
run "list, old ?page=50 (fi, the deepest an old page number reaches; deeper pages go by cursor)" "/fi/medborgarforslag?page=50"
run "list, filtered (village+category+year)" "/sv/medborgarforslag?village=aapua&category=kultur-och-fritid&year=2024"
run "search, Swedish word form" "/sv/medborgarforslag?q=gatlamporna"
run "search, Finnish word form" "/fi/medborgarforslag?q=valaistusta"
run "search, two words + filter" "/fit/medborgarforslag?q=kyltit+me%C3%A4nkielel%C3%A4&status=ANSWERED"
run "search, no hits" "/sv/medborgarforslag?q=xyzzyplugh"
run "Atom feed" "/sv/medborgarforslag.atom"
run "API, page 10" "/api/v1/proposals?page=10&size=50"
run "statistics" "/sv/medborgarforslag/statistik"
run "how it works (median)" "/en/medborgarforslag/sa-fungerar-det"
SECONDS_EACH=3 CONNECTIONS=4 run "CSV, all public proposals" "/sv/medborgarforslag.csv"
