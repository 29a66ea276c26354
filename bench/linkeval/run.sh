#!/usr/bin/env bash
# Blind end-to-end evaluation of text and network linking on the
# edited-template corpus: make_corpus.py -> crawler import (fresh database,
# DK default region, as a Danish NGO would run it) -> review export --all ->
# score.py.
#
# Usage: bench/linkeval/run.sh [--no-build] [--bin DIR]
#   --bin DIR    use DIR/crawler and DIR/review (default: target/release,
#                built first with cargo unless --no-build)
#   --no-build   do not run cargo build
# Output: figures on stdout; the database, the import and export logs, the
# export and summary.json are kept in bench/linkeval/out/ (git-ignored).
# Exit status non-zero only when the run is broken (build, import or export
# failure, ads missing), never because of low figures.
set -euo pipefail
BIN=
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --bin) BIN=${2:?--bin needs a directory}; BUILD=0; shift 2 ;;
    --bin=*) BIN=${1#--bin=}; BUILD=0; shift ;;
    *) echo "usage: $0 [--no-build] [--bin DIR]" >&2; exit 2 ;;
  esac
done
if [ -n "$BIN" ]; then BIN=$(cd "$BIN" && pwd); fi
cd "$(dirname "$0")/../.."
BIN=${BIN:-$PWD/target/release}
HERE=bench/linkeval
OUT=$HERE/out
mkdir -p "$OUT"
unset ADSCREEN_CONFIG ADSCREEN_DB  # a fresh database, built-in rules

if [ "$BUILD" = 1 ]; then
  cargo build --release --bin crawler --bin review >"$OUT/build.log" 2>&1 || {
    tail -40 "$OUT/build.log" >&2; echo "BROKEN RUN: build failed" >&2; exit 2; }
fi
for b in crawler review; do
  [ -x "$BIN/$b" ] || { echo "BROKEN RUN: $BIN/$b not found" >&2; exit 2; }
done

python3 -c 'import phonenumbers' 2>/dev/null || \
  echo "note: python phonenumbers package missing; the corpus is written without its number self-check" >&2
CORPUS=$HERE/corpus.jsonl
# The committed corpus is the one scored; regenerating must give the same bytes.
python3 "$HERE/make_corpus.py" "$OUT/corpus.regenerated.jsonl" >/dev/null
cmp -s "$CORPUS" "$OUT/corpus.regenerated.jsonl" || \
  echo "note: make_corpus.py no longer reproduces corpus.jsonl byte for byte (scoring the committed corpus)" >&2

DB=$OUT/db.sqlite
rm -f "$DB" "$DB-wal" "$DB-shm"
EXPORT=$OUT/export.json
rm -f "$EXPORT"

"$BIN/crawler" import --db "$DB" "$CORPUS" --default-region DK \
  >"$OUT/import.log" 2>&1 || { tail -40 "$OUT/import.log" >&2; echo "BROKEN RUN: import failed" >&2; exit 2; }
grep -iE "^imported|imported" "$OUT/import.log" | tail -3 >&2 || true

"$BIN/review" --db "$DB" --reviewer linkeval-bench export --all --yes --out "$EXPORT" \
  >"$OUT/export.log" 2>&1 || { tail -40 "$OUT/export.log" >&2; echo "BROKEN RUN: export failed" >&2; exit 2; }

echo "git: $(git rev-parse --short HEAD) ($(git status --porcelain -- indicators crawler | wc -l) changed files under indicators/ crawler/); binaries: $BIN"
python3 "$HERE/score.py" "$CORPUS" "$EXPORT" --summary "$OUT/summary.json"
