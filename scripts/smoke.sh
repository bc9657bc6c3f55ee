#!/usr/bin/env bash
# The README's quick start as a test: `npm start` on a fresh data dir serves /api/health and
# the demo HR user can sign in over HTTP (the README's curl example).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SMOKE_PORT:-3900}
DATA=$(mktemp -d)
LOG=$(mktemp)
t0=$(date +%s%N)
# In a process group of its own: npm → sh → start.mjs → server, and a signal to npm alone does not
# reach the server, which then outlives the test and holds the port. Stop the whole group.
setsid env PORT="$PORT" DATA_DIR="$DATA" npm start >"$LOG" 2>&1 &
pid=$!
cleanup() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$PORT/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$LOG"; echo "server exited"; exit 1; }
  sleep 0.5
done
ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
curl -fs "http://localhost:$PORT/api/health"; echo
jar=$(mktemp)
curl -fs -c "$jar" -H 'Content-Type: application/json' -H "Origin: http://localhost:$PORT" \
  -d '{"email":"hr@demo.inzetbaar.nl","password":"inzetbaar-demo"}' "http://localhost:$PORT/api/auth/sign-in/email" >/dev/null
people=$(curl -fs -b "$jar" "http://localhost:$PORT/api/v1/people?pageSize=1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).total))')
echo "quick start: healthy after ${ready_ms} ms; demo HR signed in; ${people} people visible"
[ "$people" -gt 200 ] || { echo "expected the demo organisation"; exit 1; }
curl -fs "http://localhost:$PORT/" | grep -q '<div id="root">' || { echo "web app not served"; exit 1; }
echo "smoke: 1 passed, 0 failed"
