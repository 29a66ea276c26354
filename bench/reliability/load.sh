#!/usr/bin/env bash
# Long form of the load test (issue 8), with the real binaries: `crawler
# daemon` crawls the large fixture site (re-crawl every 20 s) while
# REVIEWERS shell loops run `review list` (with filters), `review mark` and
# `review note` as separate processes for SECONDS seconds. Counts failed
# commands and lock errors, checks that every confirmed mark and note is
# stored (no lost update), and prints response times (ms, whole process).
# Usage: bench/reliability/load.sh [SECONDS=180] [REVIEWERS=4] [ADS=5000]
set -euo pipefail
SECS=${1:-180}
REVIEWERS=${2:-4}
ADS=${3:-5000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
cargo build --release -q -p crawler -p review-cli -p adscreen-tests --bins
BIN=$ROOT/target/release
W=$(mktemp -d /tmp/adscreen-load.XXXXXX)
DB=$W/load.db
trap 'touch $W/stop; [ -n "${DPID:-}" ] && kill "$DPID" 2>/dev/null; sleep 0.3; rm -rf "$W"' EXIT
command -v sqlite3 >/dev/null || { echo "needs sqlite3"; exit 1; }

"$BIN/adscreen-reliability" serve --dir "$W" --ads "$ADS" --seconds $((SECS + 120)) >/dev/null 2>&1 &
for _ in $(seq 50); do [ -s "$W/server.url" ] && break; sleep 0.1; done
sed -i 's/^recrawl_interval = .*/recrawl_interval = "20s"/' "$W/profiles/largeboard.toml"
"$BIN/crawler" --db "$DB" import --no-analyze /dev/null >/dev/null
"$BIN/crawler" --db "$DB" daemon --contact load@example.invalid --profiles "$W/profiles" 2>"$W/daemon.err" &
DPID=$!
sleep 3

reviewer() { # $1: reviewer number; writes "kind ms exit" lines
  local end=$((SECONDS + SECS)) n=0
  local filters=("" "--indicator youth_terms" "--city Aarhus --min-score 1" "--status needs_outreach" "--site largeboard")
  while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    local f=${filters[$((RANDOM % ${#filters[@]}))]} t0 t1 id code
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    "$BIN/review" --db "$DB" list --json --limit 50 $f >"$W/r$1.list" 2>>"$W/r$1.err" && code=0 || code=$?
    t1=$(date +%s%N); echo "list $(((t1 - t0) / 1000000)) $code"
    id=$(sqlite3 "$DB" "SELECT id FROM ads ORDER BY random() LIMIT 1" 2>/dev/null || true)
    [ -n "$id" ] || { sleep 0.2; continue; }
    t0=$(date +%s%N)
    "$BIN/review" --db "$DB" --reviewer "r$1" mark "$id" contacted >>"$W/r$1.marks" 2>>"$W/r$1.err" && code=0 || code=$?
    t1=$(date +%s%N); echo "mark $(((t1 - t0) / 1000000)) $code"
    t0=$(date +%s%N)
    "$BIN/review" --db "$DB" --reviewer "r$1" note "$id" "load $n" >>"$W/r$1.marks" 2>>"$W/r$1.err" && code=0 || code=$?
    t1=$(date +%s%N); echo "note $(((t1 - t0) / 1000000)) $code"
  done
}
pids=()
for r in $(seq "$REVIEWERS"); do reviewer "$r" >"$W/r$r.times" & pids+=($!); done
wait "${pids[@]}"
kill -TERM "$DPID"; wait "$DPID" || true; DPID=

cat "$W"/r*.times >"$W/all.times"
fails=$(awk '$3 != 0' "$W/all.times" | wc -l)
locked=$(cat "$W"/r*.err "$W/daemon.err" | grep -ci 'locked\|busy' || true)
ok_events=$(awk '($1=="mark"||$1=="note") && $3==0' "$W/all.times" | wc -l)
stored=$(sqlite3 "$DB" "SELECT COUNT(*) FROM review_events")
ads=$(sqlite3 "$DB" "SELECT COUNT(*) FROM ads")
ic=$(sqlite3 "$DB" "PRAGMA integrity_check")
for k in list mark note; do
  awk -v k="$k" '$1==k && $3==0 {print $2}' "$W/all.times" | sort -n | awk -v k="$k" '
    { a[NR] = $1 }
    END {
      if (NR == 0) exit
      i50 = int(NR * 0.50) + 1; if (i50 > NR) i50 = NR
      i95 = int(NR * 0.95) + 1; if (i95 > NR) i95 = NR
      printf "%s: %d calls, p50 %d ms, p95 %d ms, max %d ms\n", k, NR, a[i50], a[i95], a[NR]
    }'
done
echo "RESULT: ${SECS}s, $REVIEWERS reviewers, daemon stored $ads ads; $fails failed commands, $locked lock/busy messages, $ok_events confirmed events, $stored stored, integrity $ic; daemon: $(tail -1 "$W/daemon.err")"
[ "$fails" -eq 0 ] && [ "$locked" -eq 0 ] && [ "$ok_events" -eq "$stored" ] && [ "$ic" = ok ]
