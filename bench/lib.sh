# Shell functions shared by the benchmark scripts (sourced, not run). Loopback only.

# A loopback port nobody listens on.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# Stops the Orion whose process id is in $pid (SIGTERM: graceful, it stops its PostgreSQL), then,
# should that PostgreSQL outlive it, the postmaster recorded in the data folder $1.
stop_orion() {
  local data=$1
  if [[ -n ${pid:-} ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
  if [[ -f $data/postmaster.pid ]]; then
    local postmaster
    postmaster=$(head -1 "$data/postmaster.pid")
    for _ in $(seq 100); do kill -0 "$postmaster" 2>/dev/null || return 0; sleep 0.1; done
    kill -TERM "$postmaster" 2>/dev/null || true
  fi
}

# Waits until the Orion of process $pid answers UP (readiness probe, /readyz) on loopback port $1; fails (status 1) if it
# stops first or after $2 seconds, showing the end of its log $3.
wait_up() {
  local port=$1 timeout=$2 log=$3 start health
  start=$(date +%s)
  until health=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/readyz" 2>/dev/null) &&
    [[ $health == *'"status":"UP"'* ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "Orion stopped before being UP; its log:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    if (($(date +%s) - start > timeout)); then
      echo "Orion not UP after $timeout s" >&2
      return 1
    fi
    sleep 0.1
  done
}
