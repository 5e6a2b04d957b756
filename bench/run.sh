#!/usr/bin/env bash
# Orion's benchmarks, run on demand (never by ./mvnw verify). See docs/benchmarks.md.
#
#   bench/run.sh
#
# 1. ./mvnw -Pbench -DskipTests verify: (re)builds target/orion.jar, then ImportBenchmark times the
#    import of N_MEF and V_FORMATION_DIPLOME beside PostgreSQL's COPY of the same bytes, and
#    ExportBenchmark (its own JVM, -Xmx256m) times the CSV and XLSX exports of every national offer
#    beside PostgreSQL's COPY (query) TO of the same rows.
# 2. Start-up, launched as ./orion launches it (the jar extracted into target/app, with the CDS
#    archive that `./orion cds` records): on an empty data folder (first start: every bundled file
#    is imported), then STARTS times on that filled folder, then STARTS times on the same folder
#    with the plain `java -jar target/orion.jar` as the reference; each time, the wall time from
#    launch until GET /readyz says UP, the peak RSS of the JVM (VmHWM) and its heap.
#
# Settings (environment): WARMUP=3 ROUNDS=15 (import), FIRST_STARTS=1 STARTS=5 XMX=512m (start-up),
# JAVA_OPTS (extra JVM options, e.g. to compare start-up settings), SKIP_IMPORT=1 to run the
# start-up part only. Results: target/bench/results.md.
# Loopback only. Every process started here is stopped on exit, even on failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-3}
ROUNDS=${ROUNDS:-15}
FIRST_STARTS=${FIRST_STARTS:-1}
STARTS=${STARTS:-5}
XMX=${XMX:-512m}
JAVA_OPTS=${JAVA_OPTS:-}
CDS_LAUNCH="-XX:SharedArchiveFile=target/app/orion.jsa -jar target/app/orion.jar"
PLAIN_LAUNCH="-jar target/orion.jar"
out=target/bench
mkdir -p "$out"
work=$(mktemp -d /tmp/orion-bench.XXXXXX)
pid=""

source bench/lib.sh
stop() { stop_orion "$work/db"; }
cleanup() {
  stop
  mkdir -p "$out/logs"
  cp "$work"/*.log "$out/logs/" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Starts Orion on $work/db with the launch options $3, waits for UP, records one line in $1, stops it.
# Line: seconds to UP, Spring's "Started … in" seconds, CPU seconds the JVM used until UP (user +
# system, all threads; less sensitive than wall time to other work on the machine, PostgreSQL's
# processes excluded), peak RSS MiB, heap used at UP MiB, heap peak before a GC MiB (GC log), and
# the 1-minute load average at launch.
measure_start() {
  local results=$1 run=$2 launch=$3
  local log=$work/$run.log gc=$work/$run.gc.log
  local http_port db_port management_port start end load
  load=$(cut -d' ' -f1 /proc/loadavg)
  http_port=$(free_port)
  db_port=$(free_port)
  management_port=$(free_port)
  start=$(date +%s%N)
  ORION_DATA_DIR=$work/db ORION_PORT=$http_port ORION_DB_PORT=$db_port ORION_MANAGEMENT_PORT=$management_port \
    java "-Xmx$XMX" "-Xlog:gc:file=$gc" $JAVA_OPTS $launch >"$log" 2>&1 &
  pid=$!
  if ! wait_up "$http_port" 900 "$log"; then
    echo "($run)" >&2
    cp "$log" "$out/" || true
    exit 1
  fi
  end=$(date +%s%N)
  local cpu rss heap peak started
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
  rss=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
  heap=$(curl -fsS "http://127.0.0.1:$management_port/actuator/prometheus" |
    awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { printf "%.0f", s / 1048576 }')
  stop
  # G1 lines end with "<before>M-><after>M(<committed>M) <pause>ms": the largest "before".
  peak=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$gc" | sed 's/M->.*//' | sort -n | tail -1)
  started=$(grep -o 'Started OrionApplication in [0-9.]*' "$log" | awk '{ print $4 }')
  printf '%s %s %s %s %s %s %s\n' "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')" \
    "${started:-?}" "$cpu" "$rss" "$heap" "${peak:-0}" "$load" >>"$results"
  echo "  $run: $(tail -1 "$results")"
}

# Median of column $2 of file $1.
col_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

table() {
  local file=$1 label=$2
  echo "| $label | runs | to UP (s) | Spring \"Started in\" (s) | JVM CPU to UP (s) | peak RSS (MiB) | heap used at UP (MiB) | heap peak (MiB) | load at launch |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "| median | $(wc -l <"$file") |$(for c in 1 2 3 4 5 6 7; do printf ' %s |' "$(col_median "$file" $c)"; done)"
  awk '{ printf "| run %d | | %s | %s | %s | %s | %s | %s | %s |\n", NR, $1, $2, $3, $4, $5, $6, $7 }' "$file"
}

if [[ ${SKIP_IMPORT:-0} != 1 ]]; then
  echo "== build and import benchmark (./mvnw -Pbench -DskipTests verify)"
  ./mvnw -q -Pbench -DskipTests "-Dbench.warmup=$WARMUP" "-Dbench.rounds=$ROUNDS" verify
else
  rm -f "$out/import.md" "$out/export.md"
  [[ -f target/orion.jar ]] || ./mvnw -q -DskipTests package
fi

echo "== CDS archive (./orion cds, training run on a throw-away folder)"
ORION_DATA_DIR=$work/cds ORION_PORT=$(free_port) ORION_DB_PORT=$(free_port) ./orion cds
rm -rf "$work/cds"
[[ -f target/app/orion.jsa ]] || { echo "no CDS archive: see target/app/cds.log" >&2; exit 1; }

echo "== first start, empty database (-Xmx$XMX), $FIRST_STARTS time(s)"
: >"$work/first.txt"
for i in $(seq "$FIRST_STARTS"); do
  rm -rf "$work/db"
  measure_start "$work/first.txt" "first-$i" "$CDS_LAUNCH"
done
echo "== start on the filled database (-Xmx$XMX), $STARTS times as ./orion does, $STARTS times plain"
: >"$work/filled.txt"
: >"$work/plain.txt"
for i in $(seq "$STARTS"); do
  measure_start "$work/filled.txt" "filled-$i" "$CDS_LAUNCH"
  measure_start "$work/plain.txt" "plain-$i" "$PLAIN_LAUNCH"
done

{
  echo "Start-up benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), java -Xmx$XMX${JAVA_OPTS:+ $JAVA_OPTS} $CDS_LAUNCH"
  echo "(as ./orion starts it; the reference: java -Xmx$XMX${JAVA_OPTS:+ $JAVA_OPTS} $PLAIN_LAUNCH),"
  echo "embedded PostgreSQL in a data folder; time from launch to /readyz UP."
  echo
  table "$work/filled.txt" "filled database, as ./orion starts it (CDS)"
  echo
  table "$work/plain.txt" "filled database, plain java -jar (reference)"
  echo
  table "$work/first.txt" "first start (every bundled file imported)"
} >"$out/startup.md"

{
  echo "# Orion benchmark results"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with local changes)')"
  echo "- machine: $(nproc) CPUs, $(free -g | awk '/^Mem/ { print $2 }') GiB RAM, $(uname -sr)"
  echo "- java: $(java -version 2>&1 | head -2 | tail -1)"
  echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "## Import"
  echo
  if [[ -f $out/import.md ]]; then cat "$out/import.md"; else echo "(not run)"; fi
  echo
  echo "## Exports"
  echo
  if [[ -f $out/export.md ]]; then cat "$out/export.md"; else echo "(not run)"; fi
  echo
  echo "## Start-up"
  echo
  cat "$out/startup.md"
} >"$out/results.md"
echo "== results: $out/results.md"
cat "$out/results.md"
