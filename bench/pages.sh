#!/usr/bin/env bash
# Load test of the foundation's pages with wrk, against a running instance
# (start one with ./mvnw spring-boot:run). Measures public pages anonymously and staff pages
# with a signed-in administrator's session.
#   bench/pages.sh [base-url] [seconds] [connections]
set -euo pipefail
BASE=${1:-http://localhost:8080}
SECONDS_EACH=${2:-15}
CONNECTIONS=${3:-16}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$BASE/admin/login" | grep -oP 'name="_csrf" value="\K[^"]+' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "username=admin" \
     --data-urlencode "password=${BENCH_PASSWORD:-Tornedalen-demo-2026}" "$BASE/admin/login"
session=$(awk '$6 == "__Host-bygdeportalen" {print $7}' "$jar")

run() {
  local name=$1 path=$2; shift 2
  printf '\n== %s  %s\n' "$name" "$path"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@" "$BASE$path" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
}

run "start page (sv)" /sv/
run "start page (fit)" /fit/
run "organisation (fi)" /fi/organisation
run "accessibility statement" /sv/tillganglighet
run "staff: audit log" /admin/granskningslogg -H "Cookie: __Host-bygdeportalen=$session"
run "staff: staff accounts" /admin/personal -H "Cookie: __Host-bygdeportalen=$session"
