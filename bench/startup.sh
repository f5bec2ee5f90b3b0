#!/usr/bin/env bash
# From launch to the first served page, with an existing database (issue 10: under 5 s).
#
#   bench/startup.sh [runs] [--no-build]
#
# Builds the jar (unless --no-build), writes JDK 25's ahead-of-time cache with bin/aot-cache into a
# throw-away directory, starts the platform once on a throw-away data directory so the database and
# the demo data exist, then starts it `runs` times (default 5) each way, the packaged jar and the
# unpacked jar with the AOT cache, both with jvm.options as the README runs them, and reports the time
# from launch to the first 200 of /sv/ (curl polling every 20 ms), and the median of each way.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=5 BUILD=true
for arg in "$@"; do
  case $arg in --no-build) BUILD=false ;; [0-9]*) RUNS=$arg ;; *) echo "unknown option $arg"; exit 2 ;; esac
done
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
if $BUILD; then ./mvnw -B -q -o package -DskipTests -Djacoco.skip=true; fi
jar=$(ls target/bygdeportalen-*.jar | grep -v plain | head -1)
work=$(mktemp -d /tmp/bygd-startup.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
PORT=18180

bin/aot-cache "$jar" "$work/app" >/dev/null
app_jar="$work/app/$(basename "$jar")"

# start <label> <java options...> -jar <jar>: prints milliseconds from launch to the first page
run() {
  local label=$1 start end pid
  shift
  start=$(date +%s%N)
  "$JAVA" @jvm.options "$@" --server.port=$PORT --management.server.port=$((PORT + 1)) \
      --bygdeportalen.embedded-db.data-directory="$work/data/postgres" --bygdeportalen.embedded-db.port=54499 \
      --bygdeportalen.data-directory="$work/data/data" --bygdeportalen.storage.directory="$work/data/files" \
      >>"$work/$label.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/sv/"; do
    kill -0 $pid 2>/dev/null || { tail -40 "$work/$label.log"; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill $pid
  wait $pid 2>/dev/null || true
  echo $(((end - start) / 1000000))
}

echo "first start (creates the database and the demo data): $(run first -jar "$jar") ms"
declare -A times
for i in $(seq 1 "$RUNS"); do
  times[jar]+="$(run jar -jar "$jar") "
  times[aot]+="$(run aot -XX:AOTCache="$work/app/bygdeportalen.aot" -jar "$app_jar") "
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "Run $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS starts each, ms from launch to the first page:"
echo "* java @jvm.options -jar (packaged): ${times[jar]}(median $(echo "${times[jar]}" | median))"
echo "* java @jvm.options -XX:AOTCache -jar (unpacked, bin/aot-cache): ${times[aot]}(median $(echo "${times[aot]}" | median))"
