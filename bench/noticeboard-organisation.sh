#!/bin/sh
# Throughput of the public notice board and a body page on the demo run (./mvnw spring-boot:run).
# Needs wrk (apt-get install wrk). Usage: bench/noticeboard-organisation.sh [base-url]
BASE=${1:-http://localhost:8080}
for path in /sv/anslagstavla /sv/anslagstavla/arkiv /sv/anslagstavla.atom /sv/organisation/kommunfullmaktige /api/v1/memberships; do
  echo "== $path"
  wrk -t2 -c16 -d20s "$BASE$path" | grep -E "Requests/sec|Latency"
done
