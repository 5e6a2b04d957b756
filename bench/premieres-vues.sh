#!/usr/bin/env bash
# What a visitor waits for when a page is not kept yet: the first request of a view after an
# import, on a warm Orion. Run on demand (never by ./mvnw verify); see docs/benchmarks.md.
#
#   bench/premieres-vues.sh <data folder>
#
# Starts Orion (target/orion.jar) on loopback on an already-filled data folder, waits until it is UP
# and its console snapshot is current, warms it up with 300 requests of other views, then requests
# once each of views never asked before, one at a time: the région panorama page of the CAP (niveau
# 500) and the établissements console of each région (rentrée 2020, sorted by employment rate).
# Every one of them is rendered from the database (the kept pages hold only views already asked).
# Prints each time and the median of each kind, then the same views again (now kept) for comparison.
# Settings (environment): XMX=512m, JAR=target/orion.jar. Loopback only; Orion is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

data=${1:-}
if [[ -z $data || ! -f $data/PG_VERSION ]]; then
  echo "usage: bench/premieres-vues.sh <data folder filled by a previous start of Orion>" >&2
  exit 2
fi
XMX=${XMX:-512m}
JAR=${JAR:-target/orion.jar}
REGIONS="11 24 27 28 32 44 52 53 75 76 84 93 94"
log=target/bench/premieres-vues-orion.log
mkdir -p target/bench
pid=""
trap 'stop_orion "$data"' EXIT
trap 'exit 130' INT TERM

port=$(free_port)
ORION_ADDRESS=127.0.0.1 ORION_PORT=$port ORION_MANAGEMENT_PORT=$(free_port) ORION_DB_PORT=$(free_port) ORION_DATA_DIR=$data \
  ORION_IMPORT_INITIAL=false java "-Xmx$XMX" -jar "$JAR" >"$log" 2>&1 &
pid=$!
wait_up "$port" 300 "$log"
base=http://127.0.0.1:$port
# The console snapshot is computed in the background after the start when the data or Orion's SQL
# changed, and logged; a snapshot already current is not logged.
# Waits for the log line of that computation, or 2 minutes.
for _ in $(seq 120); do
  grep -aq "instantané de l'import" "$log" && break
  sleep 1
done

echo "== warm-up: 300 requests of views the measure does not ask"
for i in $(seq 1 100); do
  curl -fsS -o /dev/null "$base/panorama/region/53?codeNiveauDiplome=400"
  curl -fsS -o /dev/null "$base/console/etablissements?codeNiveauDiplome=400&secteur=PU"
  curl -fsS -o /dev/null "$base/api/regions/53/quadrant?codeNiveauDiplome=400"
done

mesurer() { # $1: label, then URLs; prints the times (ms) and their median
  local label=$1 url times=()
  shift
  for url in "$@"; do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$url" | awk '{printf "%d", $1 * 1000}')")
  done
  printf '%s: %s ms; median %s ms\n' "$label" "${times[*]}" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')"
}
panoramas=() consoles=()
for region in $REGIONS; do
  panoramas+=("$base/panorama/region/$region?codeNiveauDiplome=500")
  consoles+=("$base/console/etablissements?rentreeScolaire=2020&codeRegion=$region&sort=tauxInsertion6moisRegional&order=desc")
done
echo "== first requests of each view (nothing kept), then the same again (kept)"
mesurer "panorama page, first view" "${panoramas[@]}"
mesurer "établissements console page, first view" "${consoles[@]}"
mesurer "panorama page, again" "${panoramas[@]}"
mesurer "établissements console page, again" "${consoles[@]}"
