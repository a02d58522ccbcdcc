#!/bin/sh
# Load test of `ewb serve`: 32 connections of neighbour queries for 30 s with wrk (Debian
# package wrk), reporting errors, p99 latency, requests/s and the server's RSS before, during
# (peak of 1 s samples) and after the load, to show that memory stays flat. With
# EWB_LOAD_ROUTE=analogy in the environment the load is POST /v1/models/default/analogy instead.
#
# usage: bench/serve_load.sh EWB [VECTORS] [SECONDS] [CONNECTIONS] [THREADS]
#   EWB          the ewb executable (a release build)
#   VECTORS      word2vec file to serve (default: the repository's gensim model of the demo
#                corpus, tests/data/gensim-demo-en-d50.txt); "--train" trains the demo model first
#   SECONDS      duration of the load (default 30); CONNECTIONS (default 32); THREADS: server
#                worker threads (default 8)
set -eu

if [ $# -lt 1 ]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
fi
EWB=$1
HERE=$(cd "$(dirname "$0")" && pwd)
VECTORS=${2:-$HERE/../tests/data/gensim-demo-en-d50.txt}
SECONDS_LOAD=${3:-30}
CONNECTIONS=${4:-32}
THREADS=${5:-8}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 69; }

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ "$VECTORS" = "--train" ]; then
    "$EWB" train --demo --output "$WORK/demo.vec" >/dev/null
    VECTORS=$WORK/demo.vec
fi

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

"$EWB" serve --vectors "$VECTORS" --port 0 --threads "$THREADS" >"$WORK/out" 2>"$WORK/err" &
SERVER_PID=$!
while ! grep -q '^Serving on ' "$WORK/out"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/err" >&2; exit 70; }
    sleep 0.1
done
URL=$(sed -n 's/^Serving on //p' "$WORK/out")
echo "server $URL (pid $SERVER_PID, $THREADS threads), model $(basename "$VECTORS"), route ${EWB_LOAD_ROUTE:-neighbors}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm up (first touches of the matrix and the thread-local buffers), then measure.
wrk -t2 -c"$CONNECTIONS" -d3s -s "$HERE/serve_load.lua" "$URL" >/dev/null
RSS_BEFORE=$(rss_kib "$SERVER_PID")
(
    peak=0
    while kill -0 "$SERVER_PID" 2>/dev/null && [ ! -e "$WORK/stop" ]; do
        rss=$(rss_kib "$SERVER_PID")
        [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" >"$WORK/peak"
        sleep 1
    done
) &
SAMPLER=$!
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_LOAD}s" --latency -s "$HERE/serve_load.lua" "$URL" >"$WORK/wrk"
touch "$WORK/stop"
wait "$SAMPLER"
RSS_AFTER=$(rss_kib "$SERVER_PID")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

grep -E '^(requests|errors_|latency_)' "$WORK/wrk"
grep -E 'Non-2xx|Socket errors' "$WORK/wrk" || true
echo "rss_kib_before $RSS_BEFORE"
echo "rss_kib_peak_during $(cat "$WORK/peak" 2>/dev/null || echo "$RSS_BEFORE")"
echo "rss_kib_after $RSS_AFTER"

kill -TERM "$SERVER_PID"
STATUS=0
wait "$SERVER_PID" || STATUS=$?
SERVER_PID=
echo "server exit status after SIGTERM: $STATUS"
