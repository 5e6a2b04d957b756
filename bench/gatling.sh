#!/usr/bin/env bash
# Load test of the panoramas (Gatling), run on demand (never by ./mvnw verify). See docs/benchmarks.md.
#
#   bench/gatling.sh <data folder>
#
# Starts Orion (target/orion.jar) on loopback on an already-filled data folder (one a previous
# ./orion or Orion start has filled: its embedded PostgreSQL with every bundled file imported),
# waits until /readyz is UP, runs fr.education.orion.bench.PanoramaSimulation (or the
# simulation SIMULATION names, e.g. SIMULATION=ConsoleSimulation) (src/gatling/java) with
# ./mvnw -Pgatling gatling:test, stops Orion, and prints the 95th
# percentile of each request. The data folder is only read by the panoramas, but Orion must be
# the only program using it while the script runs (stop ./orion first if it uses that folder).
#
# Settings (environment): USERS=20 (at most 50), DURATION=60 seconds (at most 300), XMX=512m,
# JAR=target/orion.jar, REGIONS (comma-separated codes; default: the 13 régions of metropolitan
# France), SKIP_BUILD=1 to reuse the jar already built, WARMUP=0 seconds (at most 300): when set,
# the simulation first runs once unmeasured for that long per phase, so that the measured run sees
# an Orion whose code is compiled (the steady state of a server up for a while) rather than one
# just started. Maven options go in MAVEN_ARGS (e.g. -o).
# Reports: target/gatling/<simulation, lower case>-<date>/index.html, summary in
# target/bench/gatling.md.
# Loopback only. The Orion started here is stopped on exit, even on failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

data=${1:-${ORION_DATA_DIR:-}}
if [[ -z $data || ! -f $data/PG_VERSION ]]; then
  echo "usage: bench/gatling.sh <data folder filled by a previous start of Orion>" >&2
  echo "(e.g. var/postgres after ./orion has imported the bundled files; stop ./orion first)" >&2
  exit 2
fi
# Orion's embedded PostgreSQL would otherwise join the running one, which stop_orion then stops.
if [[ -f $data/postmaster.pid ]] && kill -0 "$(head -1 "$data/postmaster.pid")" 2>/dev/null; then
  echo "$data is in use by a running PostgreSQL (an Orion started on it?): stop it first" >&2
  exit 2
fi
SIMULATION=${SIMULATION:-PanoramaSimulation}
USERS=${USERS:-20}
DURATION=${DURATION:-60}
XMX=${XMX:-512m}
JAR=${JAR:-target/orion.jar}
((USERS >= 1 && USERS <= 50)) || { echo "USERS must be between 1 and 50" >&2; exit 2; }
((DURATION >= 1 && DURATION <= 300)) || { echo "DURATION must be between 1 and 300 s" >&2; exit 2; }
WARMUP=${WARMUP:-0}
((WARMUP >= 0 && WARMUP <= 300)) || { echo "WARMUP must be between 0 and 300 s" >&2; exit 2; }
out=target/bench
mkdir -p "$out"
log=$out/gatling-orion.log
pid=""
trap 'stop_orion "$data"' EXIT
trap 'exit 130' INT TERM

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  echo "== build: orion.jar and the simulation (./mvnw -Pgatling -DskipTests package)"
  ./mvnw -q -Pgatling -DskipTests package
fi

port=$(free_port)
echo "== Orion on 127.0.0.1:$port, data folder $data (-Xmx$XMX)"
ORION_ADDRESS=127.0.0.1 ORION_PORT=$port ORION_MANAGEMENT_PORT=$(free_port) ORION_DB_PORT=$(free_port) ORION_DATA_DIR=$data \
  ORION_IMPORT_INITIAL=false java "-Xmx$XMX" -jar "$JAR" >"$log" 2>&1 &
pid=$!
wait_up "$port" 300 "$log"
load=$(cut -d' ' -f1-3 /proc/loadavg)

if ((WARMUP > 0)); then
  echo "== warm-up, not measured: the simulation for $WARMUP s per phase"
  ./mvnw -q -Pgatling gatling:test "-Dgatling.simulation=fr.education.orion.bench.$SIMULATION" \
    "-Dorion.url=http://127.0.0.1:$port" "-Dusers=$USERS" \
    "-Dduration=$WARMUP" ${REGIONS:+"-Dregions=$REGIONS"} >"$out/gatling-warmup.log" 2>&1 || true
  load=$(cut -d' ' -f1-3 /proc/loadavg)
fi
echo "== simulation: $USERS concurrent users for $DURATION s (load average before: $load)"
# gatling:test first brings the test classes up to date (Maven's test-compile, which also runs the
# front-end build), then starts the simulation: Orion idles meanwhile.
status=0
./mvnw -Pgatling gatling:test "-Dgatling.simulation=fr.education.orion.bench.$SIMULATION" \
  "-Dorion.url=http://127.0.0.1:$port" "-Dusers=$USERS" \
  "-Dduration=$DURATION" ${REGIONS:+"-Dregions=$REGIONS"} || status=$?
stop_orion "$data"

report=$(ls -td "target/gatling/${SIMULATION,,}"-* 2>/dev/null | head -1)
{
  echo "Gatling, $(date -u +%Y-%m-%dT%H:%M:%SZ), $SIMULATION of commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with local changes)') against $JAR,"
  echo "$USERS concurrent users for $DURATION s$( ((WARMUP > 0)) && echo " after $WARMUP s of warm-up per phase"), $(nproc) CPUs, load average before the run: $load."
  echo
  echo "| request | count | failed | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  # The statistics table of Gatling's HTML report: per request, columns 2 (total), 4 (KO), 8 (p50),
  # 10 (p95), 11 (p99) and 12 (max).
  if [[ -n $report && -f $report/index.html ]]; then
    python3 - "$report/index.html" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">(.*?)</span>', row)
    cols = dict(re.findall(r'class="value \w+ col-(\d+)">([^<]*)</td>', row))
    if name and cols:
        print("| %s | %s | %s | %s | %s | %s | %s |" % (html.unescape(name.group(1)),
              *(cols.get(c, "?") for c in ("2", "4", "8", "10", "11", "12"))))
PY
  fi
  echo
  echo "Report: ${report:-none}/index.html. Gatling's assertions ($SIMULATION: p95 under the targets, no error): $([[ $status == 0 ]] && echo met || echo 'NOT met (or the run failed)')."
} >"$out/gatling.md"
cat "$out/gatling.md"
exit "$status"
