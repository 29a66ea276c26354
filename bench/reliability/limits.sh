#!/usr/bin/env bash
# Resource limits (issue 8): peak RSS of
#   1. `crawler import --no-analyze` of a big generated JSONL (default 2M
#      lines, ~1 GB with --text-bytes 450): streamed, so memory stays flat;
#   2. `crawler import` with analysis of a smaller file (analysis memory);
#   3. `crawler crawl` of a site whose every ad page is an oversized body
#      (default 200 MB, chunked, no Content-Length): the 5 MB page cap holds;
#   4. a full disk: `crawler import` into a 16 MB tmpfs (needs root for
#      mount; skipped otherwise): a clear error, and the database intact.
# Usage: bench/reliability/limits.sh [LINES=2000000] [TEXT_BYTES=450]
set -euo pipefail
LINES=${1:-2000000}
TEXT=${2:-450}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
cargo build --release -q -p crawler -p adscreen-tests --bins
BIN=$ROOT/target/release
W=$(mktemp -d /tmp/adscreen-limits.XXXXXX)
cleanup() { touch "$W/stop"; sleep 0.3; mountpoint -q "$W/full" 2>/dev/null && umount "$W/full"; rm -rf "$W"; }
trap cleanup EXIT
rss() { # runs "$@", prints "peak_kib seconds exit"
  /usr/bin/time -f "%M %e %x" -o "$W/time" "$@" >"$W/out" 2>"$W/err" || true
  cat "$W/time" | tail -1
}
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)"; exit 1; }

"$BIN/adscreen-reliability" gen-jsonl --out "$W/big.jsonl" --lines "$LINES" --text-bytes "$TEXT" --bad-every 100000 >"$W/gen"
read -r good bad bytes <"$W/gen"
echo "1. import --no-analyze: $LINES lines, $((bytes / 1048576)) MiB ($good good, $bad bad)"
read -r kib secs code < <(rss "$BIN/crawler" --db "$W/big.db" import --no-analyze "$W/big.jsonl")
echo "   peak RSS $((kib / 1024)) MiB, ${secs}s, exit $code; $(tail -1 "$W/out")"

SMALL=$((LINES / 20))
head -n "$SMALL" "$W/big.jsonl" >"$W/small.jsonl"
echo "2. import with analysis and linking: $SMALL lines"
read -r kib secs code < <(rss "$BIN/crawler" --db "$W/small.db" import "$W/small.jsonl")
echo "   peak RSS $((kib / 1024)) MiB, ${secs}s, exit $code; $(tail -1 "$W/out")"

echo "3. crawl of oversized ad pages (200 MB each, chunked)"
mkdir -p "$W/srv"
"$BIN/adscreen-reliability" serve --dir "$W/srv" --ads 20 --oversized 209715200 --seconds 600 >/dev/null 2>&1 &
for _ in $(seq 50); do [ -s "$W/srv/server.url" ] && break; sleep 0.1; done
read -r kib secs code < <(rss "$BIN/crawler" --db "$W/over.db" crawl --contact limits@example.invalid --profiles "$W/srv/profiles")
echo "   peak RSS $((kib / 1024)) MiB, ${secs}s, exit $code; $(grep -m1 -o 'error: .*' "$W/out" | cut -c1-160)"
touch "$W/srv/stop"

echo "4. full disk (16 MB tmpfs)"
mkdir -p "$W/full"
if mount -t tmpfs -o size=16m tmpfs "$W/full" 2>/dev/null; then
  "$BIN/crawler" --db "$W/full/x.db" import --no-analyze "$W/big.jsonl" >"$W/out" 2>"$W/err" && code=0 || code=$?
  echo "   exit $code; $(grep -m1 'error' "$W/err" | cut -c1-200)"
  command -v sqlite3 >/dev/null && echo "   integrity_check: $(sqlite3 "$W/full/x.db" 'PRAGMA integrity_check') with $(sqlite3 "$W/full/x.db" 'SELECT COUNT(*) FROM ads') ads"
else
  echo "   skipped: cannot mount a tmpfs here (needs root)"
fi
