#!/usr/bin/env bash
# Long form of the crash-safety test (issue 8): SIGKILL `crawler crawl` and
# `crawler import` at random moments N times each, with `review mark` /
# `review note` run between kills, and check after every kill that
#   - PRAGMA integrity_check is ok,
#   - no ad URL stored before the kill is gone (the count never decreases),
#   - every review event written before the kill is still there,
#   - the next crawl resumes: ad pages fetched before and not due again are
#     not requested again (from the fixture server's request log).
# Usage: bench/reliability/crash.sh [KILLS=50] [ADS=3000] [IMPORT_LINES=300000]
# Needs sqlite3 (apt-get install sqlite3). Loopback only.
set -euo pipefail
KILLS=${1:-50}
ADS=${2:-3000}
LINES=${3:-300000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
cargo build --release -q -p crawler -p review-cli -p adscreen-tests --bins
BIN=$ROOT/target/release
W=$(mktemp -d /tmp/adscreen-crash.XXXXXX)
DB=$W/crash.db
trap 'touch $W/stop; sleep 0.3; rm -rf "$W"' EXIT
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)"; exit 1; }

"$BIN/adscreen-reliability" serve --dir "$W" --ads "$ADS" --seconds 7200 >"$W/serve.out" 2>&1 &
for _ in $(seq 50); do [ -s "$W/server.url" ] && break; sleep 0.1; done
BASE=$(cat "$W/server.url"); BASE=${BASE%/}
echo "fixture site at $BASE ($ADS ads), work dir $W"

q() { sqlite3 -batch "$DB" "$1"; }
snapshot() { # $1: prefix
  q "SELECT url FROM ads ORDER BY url" >"$W/$1.ads"
  q "SELECT id||'|'||target_id||'|'||kind||'|'||IFNULL(note,'') FROM review_events ORDER BY id" >"$W/$1.events"
  q "SELECT url FROM frontier WHERE kind='ad' AND last_fetched IS NOT NULL AND state='pending' AND due_at > strftime('%Y-%m-%dT%H:%M:%fZ','now') ORDER BY url" >"$W/$1.done"
}
check() { # $1: label
  local ic; ic=$(q "PRAGMA integrity_check")
  [ "$ic" = "ok" ] || { echo "FAIL $1: integrity_check: $ic"; exit 1; }
  snapshot after
  local lost; lost=$(comm -23 "$W/before.ads" "$W/after.ads" | wc -l)
  [ "$lost" -eq 0 ] || { echo "FAIL $1: $lost ad URLs lost"; exit 1; }
  local lostev; lostev=$(comm -23 "$W/before.events" "$W/after.events" | wc -l)
  [ "$lostev" -eq 0 ] || { echo "FAIL $1: $lostev review events lost"; exit 1; }
}
review_between() { # marks and notes through the real review binary
  local n; n=$(q "SELECT COUNT(*) FROM ads" 2>/dev/null || echo 0)
  [ "$n" -gt 0 ] || return 0
  local id; id=$(q "SELECT id FROM ads ORDER BY random() LIMIT 1")
  "$BIN/review" --db "$DB" --reviewer crash mark "$id" needs_outreach >/dev/null
  "$BIN/review" --db "$DB" --reviewer crash note "$id" "kill round $1" >/dev/null
}

: >"$W/before.ads"; : >"$W/before.events"; : >"$W/before.done"
# Create the schema first (an empty import), so every snapshot can query it.
"$BIN/crawler" --db "$DB" import --no-analyze /dev/null >/dev/null
crawl_kills=0; refetched=0; events=0; total_done_runs=0
for i in $(seq "$KILLS"); do
  review_between "$i" && events=$((events + 2)) || true
  snapshot before
  from=$(wc -l <"$W/requests.log")
  "$BIN/crawler" --db "$DB" crawl --contact crash@example.invalid --profiles "$W/profiles" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v s="$RANDOM" 'BEGIN{srand(s); printf "%.2f", 0.2 + rand()*6}')"
  if kill -9 "$pid" 2>/dev/null; then crawl_kills=$((crawl_kills + 1)); else total_done_runs=$((total_done_runs + 1)); fi
  wait "$pid" 2>/dev/null || true
  sleep 0.3 # let the server flush its request log
  check "crawl kill $i"
  again=$(tail -n +"$((from + 1))" "$W/requests.log" | awk -v b="$BASE" '{print b $2}' | sort -u | comm -12 - "$W/before.done" | wc -l)
  refetched=$((refetched + again))
  [ "$again" -eq 0 ] || { echo "FAIL crawl kill $i: $again pages fetched again though not due"; exit 1; }
  echo "crawl kill $i: $(wc -l <"$W/after.ads") ads, $(wc -l <"$W/after.done") fetched, $(wc -l <"$W/after.events") events"
done

"$BIN/adscreen-reliability" gen-jsonl --out "$W/import.jsonl" --lines "$LINES" --bad-every 1000 >"$W/gen.out"
read -r good bad bytes <"$W/gen.out"
import_kills=0
for i in $(seq "$KILLS"); do
  review_between "import-$i" && events=$((events + 2)) || true
  snapshot before
  "$BIN/crawler" --db "$DB" import "$W/import.jsonl" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v s="$RANDOM" 'BEGIN{srand(s); printf "%.2f", 0.2 + rand()*8}')"
  if kill -9 "$pid" 2>/dev/null; then import_kills=$((import_kills + 1)); fi
  wait "$pid" 2>/dev/null || true
  check "import kill $i"
  echo "import kill $i: $(q "SELECT COUNT(*) FROM ads WHERE site='importsite'") imported ads"
done
snapshot before
"$BIN/crawler" --db "$DB" import "$W/import.jsonl" >/dev/null 2>"$W/import.err" || [ $? -eq 3 ]
check "final import"
got=$(q "SELECT COUNT(*) FROM ads WHERE site='importsite'")
[ "$got" -eq "$good" ] || { echo "FAIL: $got imported ads, expected $good"; exit 1; }
echo "RESULT: $crawl_kills crawl kills, $import_kills import kills, $events review events via review(1) kept, $refetched refetches, integrity ok after every kill, final import $got/$good ads ($bad bad lines reported)"
