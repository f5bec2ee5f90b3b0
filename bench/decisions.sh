#!/usr/bin/env bash
# Decision search over 20,000 decisions: seeds them into the demo database with generate_series
# (bench/decisions-seed.sql), shows PostgreSQL's own time for the search queries (EXPLAIN ANALYZE),
# then loads the search page with wrk and reports p50/p90/p95/p99 per query.
#
#   # 1. a demo run whose embedded PostgreSQL listens on a known port:
#   ./mvnw spring-boot:run -Dspring-boot.run.arguments=--bygdeportalen.embedded-db.port=15432
#   # 2. in another terminal:
#   bench/decisions.sh [base-url] [postgres-port] [seconds-per-query] [connections]
#
# The embedded PostgreSQL lets the local user "postgres" in without a password (trust on localhost).
set -euo pipefail
BASE=${1:-http://localhost:8080}
PGPORT=${2:-15432}
SECONDS_EACH=${3:-10}
CONNECTIONS=${4:-4}
HERE=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql is needed: apt-get install -y postgresql-client"; exit 1; }
PSQL=(psql -X -q -h localhost -p "$PGPORT" -U postgres -d bygdeportalen -v ON_ERROR_STOP=1)

echo "== seeding (once)"
"${PSQL[@]}" -f "$HERE/decisions-seed.sql"
# As autovacuum would soon do: statistics and the visibility map, so counts need not read every row.
"${PSQL[@]}" -c "VACUUM ANALYZE decisions_decision"

# The queries: a common word, a Finnish inflected form, a Swedish inflected form, a rare word,
# a word that occurs nowhere, a filtered search, and the unfiltered first page.
QUERIES=(
  "q=budget"
  "q=esikoulussa"
  "q=f%C3%B6rskolorna+Juoksengi"
  "q=Vittikkovuoma"
  "q=xylofonorkester"
  "q=sn%C3%B6r%C3%B6jning&year=2021&assessment=GENDER&status=MISSING"
  "q="
)

echo
echo "== PostgreSQL time per query, the application's statements (EXPLAIN ANALYZE, ms)"
for q in "budget" "esikoulussa" "förskolorna Juoksengi" "Vittikkovuoma" "xylofonorkester"; do
  # The search page's one statement: matches through the GIN index, counted, and the first page's rows.
  page_ms=$("${PSQL[@]}" -At -c "SET random_page_cost = 1.1" -c "EXPLAIN (ANALYZE, FORMAT JSON)
      WITH hits AS MATERIALIZED (SELECT id, decided_on FROM decisions_decision WHERE true AND search @@ search_query('$q')),
           page AS (SELECT id FROM hits ORDER BY decided_on DESC, id DESC OFFSET 0 LIMIT 20)
      SELECT t.total, d.* FROM (SELECT count(*) AS total FROM hits) t
      LEFT JOIN (SELECT id, title, body, decided_on FROM decisions_decision WHERE id IN (SELECT id FROM page)) d ON true
      ORDER BY d.decided_on DESC, d.id DESC" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])')
  hits=$("${PSQL[@]}" -At -c "SELECT count(*) FROM decisions_decision WHERE search @@ search_query('$q')")
  printf '%-26s hits %6s   count + first page %7.2f ms\n' "$q" "$hits" "$page_ms"
done

lua=$(mktemp --suffix=.lua)
trap 'rm -f "$lua"' EXIT
cat > "$lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
LUA

for c in 1 "$CONNECTIONS"; do
  echo
  echo "== the search page: $c connection(s), ${SECONDS_EACH}s per query (whole page: query, template, HTTP)"
  for q in "${QUERIES[@]}"; do
    printf '%-70s ' "/sv/beslut?$q"
    wrk -t1 -c"$c" -d"${SECONDS_EACH}s" -s "$lua" "$BASE/sv/beslut?$q" | tail -1
  done
  printf '%-70s ' "/api/v1/decisions?q=esikoulussa"
  wrk -t1 -c"$c" -d"${SECONDS_EACH}s" -s "$lua" "$BASE/api/v1/decisions?q=esikoulussa" | tail -1
done
