#!/usr/bin/env bash
# Load, soak and fault tests of `domain-rules serve` on loopback, each bounded in time and count,
# with wrk (Debian's) as the load generator: single names over CONNECTIONS keep-alive connections,
# batches of 1,000 names (and the native in-process rate on the same names, for the ratio), a
# shop's mix of calls, a soak with the server's memory at its start and end, and the faults of
# benches/load/faults.py. /healthz is asked every 200 ms throughout. Fails when a request is lost
# (neither answered nor cleanly refused) or /healthz stops answering.
#
# LOAD_SECONDS (10), SOAK_SECONDS (300), CONNECTIONS (64), AT_ONCE (10000) set the bounds;
# scripts/test.sh runs a short smoke run (LOAD_PROFILE=dev, a debug build). Figures, not a test of speed: nothing asserts a time.
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_SECONDS=${LOAD_SECONDS:-10}
SOAK_SECONDS=${SOAK_SECONDS:-300}
CONNECTIONS=${CONNECTIONS:-64}
AT_ONCE=${AT_ONCE:-10000}
PORT=${PORT:-18473}
MAX_BODY=1048576
URL="http://127.0.0.1:$PORT"
OUT=target/load
mkdir -p "$OUT"

command -v wrk >/dev/null || scripts/setup.sh
# The optimised build for figures; LOAD_PROFILE=dev for a quick check that nothing is lost.
PROFILE=${LOAD_PROFILE:-cli}
cargo build --locked --profile "$PROFILE" --quiet --features server --bin domain-rules
BIN=target/$([ "$PROFILE" = dev ] && echo debug || echo "$PROFILE")/domain-rules

# Many connections at once need as many descriptors in the server and in the fault client.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

"$BIN" serve --listen "127.0.0.1:$PORT" --max-body-bytes "$MAX_BODY" 2> "$OUT/serve.log" &
SERVER=$!
WATCH=""
cleanup() {
  [ -n "$WATCH" ] && kill "$WATCH" 2>/dev/null || true
  kill -TERM "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 100); do
  curl -sf "$URL/healthz" >/dev/null && break
  sleep 0.1
done
curl -sf "$URL/healthz" >/dev/null || { echo "load: the server did not start" >&2; exit 1; }

rss_kib() { awk '/^VmRSS/ { print $2 }' "/proc/$SERVER/status"; }

# /healthz every 200 ms; a failure is written down.
: > "$OUT/healthz-failures"
( while kill -0 "$SERVER" 2>/dev/null; do
    curl -sf -m 2 "$URL/healthz" >/dev/null || date +%T >> "$OUT/healthz-failures"
    sleep 0.2
  done ) &
WATCH=$!

# Prints "requests/s p50 p99 non-2xx socket-errors" from wrk's report.
wrk_figures() {
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx or 3xx responses/ { non2xx = $5 }
    /Socket errors/ { errors = $4 + $6 + $8 + $10; gsub(",", "", errors) }
    END { printf "%s %s %s %d %d\n", rps, p50, p99, non2xx, errors }'
}

run_wrk() { # name connections seconds script [path]
  wrk -t2 -c"$2" -d"$3"s --latency -s "$4" "$URL${5:-}" > "$OUT/$1.txt"
  wrk_figures < "$OUT/$1.txt"
}

echo "load: single names, $CONNECTIONS connections, ${LOAD_SECONDS}s"
read -r rps p50 p99 non2xx errors < <(run_wrk single "$CONNECTIONS" "$LOAD_SECONDS" benches/load/domain.lua /v1/domain)
echo "  $rps requests/s, p50 $p50, p99 $p99, non-2xx $non2xx, socket errors $errors"
single="$rps"

head -n 1000 benches/corpus.txt > "$OUT/names.txt"
python3 -c 'import json,sys; print(json.dumps({"names": [l.rstrip("\n") for l in open(sys.argv[1])]}))' \
  "$OUT/names.txt" > "$OUT/batch.json"
echo "load: batches of 1,000 names, 8 connections, ${LOAD_SECONDS}s"
read -r brps bp50 bp99 bnon2xx berrors < <(BATCH_FILE="$OUT/batch.json" run_wrk batch 8 "$LOAD_SECONDS" benches/load/batch.lua /v1/domain)
batch_names=$(awk -v r="$brps" 'BEGIN { printf "%.0f", r * 1000 }')
# The same names checked in one process (the CLI, reports written as JSON too), 20 times over.
for _ in $(seq 20); do cat "$OUT/names.txt"; done > "$OUT/names20.txt"
start=$(date +%s.%N)
"$BIN" check --stdin < "$OUT/names20.txt" > /dev/null || true
end=$(date +%s.%N)
native=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", 20000 / (e - s) }')
ratio=$(awk -v b="$batch_names" -v n="$native" 'BEGIN { printf "%.2f", b / n }')
echo "  $brps requests/s = $batch_names names/s (p50 $bp50, p99 $bp99, non-2xx $bnon2xx, socket errors $berrors);"
echo "  in-process native rate $native names/s; ratio $ratio"

echo "load: a shop's mix of calls, $CONNECTIONS connections, ${LOAD_SECONDS}s"
read -r mrps mp50 mp99 mnon2xx merrors < <(run_wrk mixed "$CONNECTIONS" "$LOAD_SECONDS" benches/load/mixed.lua)
echo "  $mrps requests/s, p50 $mp50, p99 $mp99, non-2xx $mnon2xx, socket errors $merrors"

echo "load: soak, 16 connections, ${SOAK_SECONDS}s"
rss_start=$(rss_kib)
read -r srps sp50 sp99 snon2xx serrors < <(run_wrk soak 16 "$SOAK_SECONDS" benches/load/mixed.lua)
rss_end=$(rss_kib)
echo "  $srps requests/s, p50 $sp50, p99 $sp99, non-2xx $snon2xx, socket errors $serrors;"
echo "  server memory (RSS) $rss_start KiB at the start, $rss_end KiB at the end"

echo "load: faults"
python3 benches/load/faults.py 127.0.0.1 "$PORT" "$MAX_BODY" "$AT_ONCE" | tee "$OUT/faults.jsonl"
faults=${PIPESTATUS[0]}

failures=$(wc -l < "$OUT/healthz-failures")
echo "load: /healthz failed $failures times during the run"
lost=$((non2xx + errors + bnon2xx + berrors + mnon2xx + merrors + snon2xx + serrors))
cat > "$OUT/summary.json" <<EOF
{"single": {"requestsPerSecond": $single, "p50": "$p50", "p99": "$p99"},
 "batch": {"namesPerSecond": $batch_names, "nativeNamesPerSecond": $native, "ratio": $ratio},
 "mixed": {"requestsPerSecond": $mrps, "p99": "$mp99"},
 "soak": {"seconds": $SOAK_SECONDS, "rssStartKiB": $rss_start, "rssEndKiB": $rss_end},
 "healthzFailures": $failures, "loadErrors": $lost, "faultsExit": $faults}
EOF
if [ "$faults" != 0 ] || [ "$failures" != 0 ] || [ "$lost" != 0 ]; then
  echo "load: requests were lost or refused under load, or /healthz failed (see $OUT/)" >&2
  exit 1
fi
echo "load: every request answered; figures in $OUT/summary.json"
