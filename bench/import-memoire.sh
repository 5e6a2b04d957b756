#!/usr/bin/env bash
# What an oversized upload costs the site: its heap, and the home page's answers meanwhile. Run on
# demand (never by ./mvnw verify); see docs/benchmarks.md.
#
#   bench/import-memoire.sh
#
# Starts Orion (target/orion.jar, built if missing) with -Xmx512m, the demo profile and its own
# ports and data folder (ORION_PORT=18080, ORION_DB_PORT=54339, a temporary folder: the first start
# imports the bundled data), signs in as the demo administrator and uploads on /admin/imports, one
# after the other:
#   (a) a gzip bomb: a few megabytes of gzip that unpack to 2 GB of N_MEF lines;
#   (b) a plain CSV of 200 000 000 bytes (N_MEF's header, then one of its lines again and again).
# Before them, the home page / is requested REFERENCE times with no import running (the reference);
# during each upload, a loop requests it every 20 ms until the upload has answered (at most 3000
# requests or 5 minutes). For each phase it prints the upload's answer and the import's report, the
# peak heap during the phase (the largest heap before a collection, from the GC log) and the
# median, p95 and max of the home page's times. The peak heap is the largest of the heap before each
# collection (GC log) and of the heap used sampled after each home page request (actuator). Settings (environment): XMX=512m, REFERENCE=200,
# JAR=target/orion.jar. Loopback only; generated files are deleted and Orion stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

XMX=${XMX:-512m}
REFERENCE=${REFERENCE:-200}
JAR=${JAR:-target/orion.jar}
PORT=18080
DB_PORT=54339
base=http://127.0.0.1:$PORT
work=$(mktemp -d /tmp/orion-bench-import.XXXXXX)
data=$work/db
log=$work/orion.log
gc=$work/gc.log
pid=""
cleanup() {
  stop_orion "$data"
  mkdir -p target/bench
  cp "$log" target/bench/import-memoire-orion.log 2>/dev/null || true
  cp "$gc" target/bench/import-memoire-gc.log 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in $PORT $DB_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port already in use on 127.0.0.1" >&2
    exit 1
  fi
done
[[ -f $JAR ]] || ./mvnw -q -B -DskipTests package

echo "== generated files ($work)"
# `yes` and `zcat` end on SIGPIPE when `head` has enough: not a failure.
repeat() { yes "$1" || true; }
header=$(zcat src/main/resources/donnees/bcn/nMef.csv.gz | sed -n 1p)
line=$(zcat src/main/resources/donnees/bcn/nMef.csv.gz | sed -n 2p)
# The bomb: one gzip member of 10 MiB of lines, written 200 times after the header's (readers unpack
# concatenated members as one file): 2 GiB unpacked.
printf '%s\n' "$header" | gzip -9 >"$work/bombe_nMef.csv.gz"
repeat "$line" | head -c $((10 * 1024 * 1024)) | gzip -9 >"$work/membre.gz"
for _ in $(seq 200); do cat "$work/membre.gz"; done >>"$work/bombe_nMef.csv.gz"
rm "$work/membre.gz"
{ printf '%s\n' "$header"; repeat "$line"; } | head -c 200000000 >"$work/gros_nMef.csv"
ls -l "$work"/*.csv* | awk '{ print "  " $5 " bytes  " $NF }'

echo "== start (-Xmx$XMX, demo profile, port $PORT, first start imports the bundled data)"
SPRING_PROFILES_ACTIVE=demo ORION_ADDRESS=127.0.0.1 ORION_PORT=$PORT ORION_DB_PORT=$DB_PORT \
  ORION_DATA_DIR=$data java "-Xmx$XMX" "-Xlog:gc:file=$gc" -jar "$JAR" >"$log" 2>&1 &
pid=$!
wait_up "$PORT" 900 "$log"

jar=$work/cookies
token() { curl -fsS -b "$jar" -c "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -fsS -o /dev/null -w '' -b "$jar" -c "$jar" \
  --data-urlencode "email=admin@demo.orion.invalid" --data-urlencode "motDePasse=demo-orion-2025" \
  --data-urlencode "_csrf=$(token /connexion)" "$base/connexion"
page=$(curl -fsS -b "$jar" "$base/admin/imports")
[[ $page == *"Imports de fichiers"* ]] || { echo "sign-in failed" >&2; exit 1; }

# Home page times (ms), one per line, into $1: $2 requests, one after the other.
home() { for _ in $(seq "$2"); do curl -fsS -o /dev/null -w '%{time_total}\n' "$base/" | awk '{ printf "%.1f\n", $1 * 1000 }'; done >"$1"; }
# "median p95 max count" of the times in $1.
stats() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (!NR) { print "- - - 0"; exit } p = int(NR * 0.95 + 0.999); if (p > NR) p = NR;
  printf "%s %s %s %d\n", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[p], v[NR], NR }'; }
# Heap used now (MiB), from the actuator's metrics.
heap() { curl -sS --max-time 10 "$base/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { printf "%.0f\n", s / 1048576 }'; }
# Peak heap (MiB) of a phase: the largest heap before a collection in the GC log lines after line $1,
# or the largest sampled in $work/heap.txt, whichever is larger.
peak() { { tail -n +"$(($1 + 1))" "$gc" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | sed 's/M->.*//'; cat "$work/heap.txt"; } | sort -n | tail -1; }

echo "== reference: $REFERENCE home page requests, no import"
home "$work/reference.txt" 20 # warm-up
gc_start=$(wc -l <"$gc")
home "$work/reference.txt" "$REFERENCE"
heap >"$work/heap.txt"
results=$work/results.txt
echo "reference (no import) | - | $(peak "$gc_start") | $(stats "$work/reference.txt")" >"$results"

upload() { # $1: label, $2: file
  local label=$1 file=$2 stop=$work/stop times=$work/$1.txt answer started ended
  rm -f "$stop"
  : >"$times"
  : >"$work/heap.txt"
  gc_start=$(wc -l <"$gc")
  (for _ in $(seq 3000); do
    [[ -f $stop ]] && break
    curl -sS -o /dev/null --max-time 10 -w '%{time_total}\n' "$base/" | awk '{ printf "%.1f\n", $1 * 1000 }' >>"$times"
    heap >>"$work/heap.txt"
    sleep 0.02
  done) &
  local loop=$!
  started=$(date +%s%N)
  answer=$(curl -sS --max-time 300 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" \
    -F "_csrf=$(token /admin/imports)" -F "simulation=false" -F "fichier=@$file" "$base/admin/imports")
  ended=$(date +%s%N)
  touch "$stop"
  wait "$loop"
  local report=""
  if [[ $answer == 302\ * ]]; then
    report=$(curl -fsS -b "$jar" "${answer#302 }" | grep -o 'fr-alert__title">[^<]*\|[^>]*trop volumineux[^<]*\|[^>]*taux de compression[^<]*' |
      sed 's/.*">//' | sed 's/&#39;/'"'"'/g; s/&quot;/"/g' | paste -sd ' ' | tr -s ' ')
  fi
  echo "  $label: answer $answer in $(((ended - started) / 1000000)) ms; report: ${report:-?}"
  echo "$label | $(((ended - started) / 1000000)) | $(peak "$gc_start") | $(stats "$times")" >>"$results"
}

echo "== uploads"
upload "bomb (2 GiB unpacked)" "$work/bombe_nMef.csv.gz"
upload "plain CSV of 200 000 000 bytes" "$work/gros_nMef.csv"
echo "== recorded runs (GET /api/imports)"
curl -fsS -b "$jar" "$base/api/imports" | grep -o '{[^{}]*"fichier":"\(bombe\|gros\)_nMef[^{}]*}' |
  grep -o '"fichier":"[^"]*"\|"statut":"[^"]*"' | paste -d' ' - - | sed 's/^/  /' || true

echo
echo "Import memory benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD), java -Xmx$XMX -jar $JAR"
echo "(demo profile, embedded PostgreSQL; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| phase | upload answered in (ms) | peak heap (MiB) | home median (ms) | home p95 (ms) | home max (ms) | home requests |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
awk -F' \\| ' '{ split($4, s, " "); printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, s[1], s[2], s[3], s[4] }' "$results"
